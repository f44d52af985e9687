import Testing
import VixenConfig
import VixenCore

private func read(_ text: String, reader: YAMLReader = YAMLReader()) throws(ConfigurationError) -> YAMLNode? {
    try reader.read(bytes: Array(text.utf8), source: "test.yml")
}

/// Returns the error reading `text` throws, or nil when it reads without one.
private func readError(_ text: String, reader: YAMLReader = YAMLReader()) -> ConfigurationError? {
    do {
        _ = try read(text, reader: reader)
        return nil
    } catch {
        return error
    }
}

private func scalar(_ value: String, quoted: Bool = false, line: Int, column: Int) -> YAMLNode {
    .scalar(YAMLScalar(value: value, isQuoted: quoted, mark: YAMLMark(line: line, column: column)))
}

private func key(_ value: String, line: Int, column: Int) -> YAMLScalar {
    YAMLScalar(value: value, isQuoted: false, mark: YAMLMark(line: line, column: column))
}

@Suite struct YAMLReaderTests {
    @Test func emptyFileHasNoDocument() throws {
        #expect(try read("") == nil)
    }

    @Test func commentsOnlyHaveNoDocument() throws {
        #expect(try read("# nothing here\n\n# still nothing\n") == nil)
    }

    @Test func explicitEmptyDocumentIsNull() throws {
        let root = try read("---\n")
        #expect(root?.isNull == true)
    }

    @Test func mappingKeepsOrderAndMarks() throws {
        let root = try read("zeta: 1\nalpha:\n  - x\n  - y\n")
        let expected = YAMLNode.mapping(
            [
                YAMLMappingEntry(key: key("zeta", line: 1, column: 1), value: scalar("1", line: 1, column: 7)),
                YAMLMappingEntry(
                    key: key("alpha", line: 2, column: 1),
                    value: .sequence(
                        [scalar("x", line: 3, column: 5), scalar("y", line: 4, column: 5)],
                        mark: YAMLMark(line: 3, column: 3)
                    )
                ),
            ],
            mark: YAMLMark(line: 1, column: 1)
        )
        #expect(root == expected)
    }

    @Test func flowCollectionsParse() throws {
        let root = try read("{a: [1, 2], b: {c: d}}")
        let expected = YAMLNode.mapping(
            [
                YAMLMappingEntry(
                    key: key("a", line: 1, column: 2),
                    value: .sequence(
                        [scalar("1", line: 1, column: 6), scalar("2", line: 1, column: 9)],
                        mark: YAMLMark(line: 1, column: 5)
                    )
                ),
                YAMLMappingEntry(
                    key: key("b", line: 1, column: 13),
                    value: .mapping(
                        [YAMLMappingEntry(key: key("c", line: 1, column: 17), value: scalar("d", line: 1, column: 20))],
                        mark: YAMLMark(line: 1, column: 16)
                    )
                ),
            ],
            mark: YAMLMark(line: 1, column: 1)
        )
        #expect(root == expected)
    }

    @Test func quotedScalarsStayStrings() throws {
        let root = try read("- \"1\"\n- '2'\n- 3\n- !!str 4\n- |\n  five\n")
        guard case .sequence(let items, _) = root else {
            Issue.record("expected a sequence, got \(String(describing: root))")
            return
        }
        #expect(items.count == 5)
        #expect(items[0] == scalar("1", quoted: true, line: 1, column: 3))
        #expect(items[1] == scalar("2", quoted: true, line: 2, column: 3))
        #expect(items[2] == scalar("3", quoted: false, line: 3, column: 3))
        #expect(items[3] == scalar("4", quoted: true, line: 4, column: 3))
        #expect(items[4] == scalar("five\n", quoted: true, line: 5, column: 3))
    }

    @Test func plainNullsAreNull() throws {
        let root = try read("a:\nb: ~\nc: null\nd: \"\"\ne: 'null'\n")
        guard case .mapping(let entries, _) = root else {
            Issue.record("expected a mapping, got \(String(describing: root))")
            return
        }
        #expect(entries.map(\.value.isNull) == [true, true, true, false, false])
    }

    @Test func scalarsAreNotTypeResolved() throws {
        let root = try read("[off, yes, 0x1F, 1e3]")
        guard case .sequence(let items, _) = root else {
            Issue.record("expected a sequence, got \(String(describing: root))")
            return
        }
        let values = items.compactMap { item -> String? in
            guard case .scalar(let scalar) = item else {
                return nil
            }
            return scalar.value
        }
        #expect(values == ["off", "yes", "0x1F", "1e3"])
    }

    @Test func aliasCopiesAnchoredNode() throws {
        let root = try read("base: &globs [a/**, b/**]\ncopy: *globs\n")
        guard case .mapping(let entries, _) = root, entries.count == 2 else {
            Issue.record("expected a mapping of two entries, got \(String(describing: root))")
            return
        }
        #expect(entries[1].value == entries[0].value)
        #expect(entries[1].value.mark == YAMLMark(line: 1, column: 7))
    }

    @Test func aliasOfScalarAnchor() throws {
        let root = try read("a: &size 2 MiB\nb: *size\n")
        guard case .mapping(let entries, _) = root, entries.count == 2 else {
            Issue.record("expected a mapping of two entries, got \(String(describing: root))")
            return
        }
        #expect(entries[1].value == scalar("2 MiB", line: 1, column: 4))
    }

    @Test func redefinedAnchorUsesLatest() throws {
        let root = try read("- &x one\n- &x two\n- *x\n")
        guard case .sequence(let items, _) = root, items.count == 3 else {
            Issue.record("expected a sequence of three items, got \(String(describing: root))")
            return
        }
        #expect(items[2] == scalar("two", line: 2, column: 3))
    }

    @Test func undefinedAliasIsError() {
        let error = readError("a: *missing\n")
        #expect(error?.line == 1)
        #expect(error?.column == 4)
        #expect(
            error?.message.english
                == "The alias *missing refers to an anchor that is not defined before it. "
                + "Define &missing earlier in the file or correct the alias."
        )
    }

    @Test func selfReferenceIsUndefinedAlias() {
        let error = readError("a: &loop [*loop]\n")
        #expect(error?.line == 1)
        #expect(error?.column == 11)
        #expect(error?.message == Catalog.yamlUndefinedAlias(name: "loop"))
    }

    @Test func aliasExpansionIsBounded() {
        // Each level repeats the previous one ten times: 10^6 values once expanded.
        let levels = (1...6).map { level in
            "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]"
        }
        let text = "l0: &l0 [x]\n" + levels.joined(separator: "\n") + "\n"
        let error = readError(text)
        #expect(error?.line == 6)
        #expect(
            error?.message.english
                == "The file has more than 100000 values once its aliases are expanded. "
                + "Use fewer aliases or shorten the file."
        )
    }

    @Test func nodeLimitIsConfigurable() throws {
        let reader = YAMLReader(maximumNodeCount: 4)
        #expect(try read("[a, b, c]", reader: reader) != nil)
        let error = readError("[a, b, c, d]", reader: reader)
        #expect(error?.column == 11)
        #expect(error?.message == Catalog.yamlTooManyNodes(limit: 4))
    }

    @Test func nestingDepthIsBounded() throws {
        let reader = YAMLReader(maximumDepth: 3)
        #expect(try read("[[[x]]]", reader: reader) != nil)
        let error = readError("[[[[x]]]]", reader: reader)
        #expect(error?.line == 1)
        #expect(error?.column == 4)
        #expect(
            error?.message.english
                == "Lists and mappings are nested more than 3 levels deep here. Flatten the structure."
        )
    }

    @Test func aliasDepthCountsTowardLimit() {
        let reader = YAMLReader(maximumDepth: 3)
        let error = readError("- &deep [[x]]\n- [[*deep]]\n", reader: reader)
        #expect(error?.line == 2)
        #expect(error?.column == 5)
        #expect(error?.message == Catalog.yamlTooDeep(limit: 3))
    }

    @Test func duplicateKeyIsError() {
        let error = readError("limits:\n  rename_limit: 5\n  max_file_size: 1 KiB\n  rename_limit: 6\n")
        #expect(error?.source == "test.yml")
        #expect(error?.line == 4)
        #expect(error?.column == 3)
        #expect(
            error?.message.english
                == "The key \"rename_limit\" appears twice in the same mapping, at lines 2 and 4. "
                + "Remove one of them or merge their values."
        )
        #expect(
            error?.message.spanish
                == "La clave \"rename_limit\" aparece dos veces en el mismo mapa, en las líneas 2 y 4. "
                + "Elimine una de las dos o combine sus valores."
        )
    }

    @Test func quotedAndPlainKeysCollide() {
        let error = readError("\"1\": a\n1: b\n")
        #expect(error?.line == 2)
        #expect(error?.message == Catalog.yamlDuplicateKey(key: "1", firstLine: 1, secondLine: 2))
    }

    @Test func sameKeyInDifferentMappingsIsAllowed() throws {
        #expect(try read("a:\n  x: 1\nb:\n  x: 2\n") != nil)
    }

    @Test func complexKeyIsError() {
        let error = readError("? [a, b]\n: value\n")
        #expect(error?.line == 1)
        #expect(error?.column == 3)
        #expect(error?.message == Catalog.yamlComplexKey())
    }

    @Test func secondDocumentIsError() {
        let error = readError("a: 1\n---\nb: 2\n")
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(
            error?.message.english
                == "A second YAML document starts here, but the file must contain a single document. "
                + "Remove this document or merge it into the first one."
        )
    }

    @Test func documentMarkersAroundOneDocument() throws {
        let root = try read("---\na: 1\n...\n")
        #expect(root?.kind == .mapping)
    }

    @Test func syntaxErrorHasLibYAMLPosition() {
        let error = readError("limits:\n  rename_limit: 5\n max_file_size: 1\n")
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(
            error?.message.english
                == "Invalid YAML: libyaml reports \"did not find expected key\" (context: \"while parsing a block "
                + "mapping\", which starts at line 1, column 1). Check the indentation, colons and quotes at this "
                + "position."
        )
    }

    @Test func unclosedQuoteIsError() {
        let error = readError("a: \"open\n")
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(
            error?.message
                == Catalog.yamlSyntaxError(
                    problem: "found unexpected end of stream",
                    context: "while scanning a quoted scalar",
                    contextLine: 1,
                    contextColumn: 4
                )
        )
    }

    @Test func invalidUTF8IsError() {
        let bytes: [UInt8] = Array("a: b\nc: ".utf8) + [0xFF, 0x0A]
        var caught: ConfigurationError?
        do {
            _ = try YAMLReader().read(bytes: bytes, source: "test.yml")
        } catch {
            caught = error
        }
        #expect(caught?.line == 2)
        #expect(caught?.column == 4)
        #expect(
            caught?.message.english
                == "The file contains bytes that YAML does not allow: libyaml reports \"invalid leading UTF-8 "
                + "octet\" at byte 8. Save the file as UTF-8 text without control characters."
        )
    }

    @Test func formattedErrorHasLocation() {
        let error = ConfigurationError(
            source: "HEAD:.vixen-gate.yml", line: 3, column: 7, message: LocalizedText(en: "Bad.", es: "Mal.")
        )
        #expect(error.formatted(.english) == "HEAD:.vixen-gate.yml:3:7: Bad.")
        #expect(error.formatted(.spanish) == "HEAD:.vixen-gate.yml:3:7: Mal.")
        #expect(error.description == "HEAD:.vixen-gate.yml:3:7: Bad.")
    }
}
