import Testing
import VixenCore

@testable import VixenCLI

private let zero40 = String(repeating: "0", count: 40)
private let zero64 = String(repeating: "0", count: 64)
private let commitA = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d"
private let commitB = "ffeeddccbbaa99887766554433221100ffeeddcc"
private let sha256A = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
private let sha256B = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"

private func parsePush(_ text: String) throws(HookInputError) -> [RefUpdate] {
    try HookInputParser.parse(text, format: .prePush)
}

private func parseReceive(_ text: String) throws(HookInputError) -> [RefUpdate] {
    try HookInputParser.parse(text, format: .preReceive)
}

/// Returns the error that parsing `text` throws, or nil when it parses.
private func parseError(_ text: String, format: HookInputFormat = .prePush) -> HookInputError? {
    do {
        _ = try HookInputParser.parse(text, format: format)
        return nil
    } catch {
        return error
    }
}

@Suite struct HookInputParserTests {
    // MARK: pre-push

    @Test func prePushUpdate() throws {
        let updates = try parsePush("refs/heads/main \(commitA) refs/heads/main \(commitB)\n")
        #expect(
            updates == [
                RefUpdate(
                    source: "refs/heads/main", ref: "refs/heads/main", newID: ObjectID(hex: commitA),
                    oldID: ObjectID(hex: commitB))
            ])
    }

    @Test func prePushNewBranch() throws {
        let updates = try parsePush("refs/heads/feature \(commitA) refs/heads/feature \(zero40)\n")
        #expect(updates.count == 1)
        #expect(updates.first?.newID == ObjectID(hex: commitA))
        #expect(updates.first?.oldID == nil)
        #expect(updates.first?.isDeletion == false)
    }

    @Test func prePushDeletion() throws {
        let updates = try parsePush("(delete) \(zero40) refs/heads/old \(commitB)\n")
        #expect(updates.count == 1)
        #expect(updates.first?.source == "(delete)")
        #expect(updates.first?.ref == "refs/heads/old")
        #expect(updates.first?.newID == nil)
        #expect(updates.first?.oldID == ObjectID(hex: commitB))
        #expect(updates.first?.isDeletion == true)
    }

    @Test func prePushTag() throws {
        let updates = try parsePush("refs/tags/v1.0 \(commitA) refs/tags/v1.0 \(zero40)\n")
        #expect(updates.first?.isTag == true)
    }

    @Test func prePushReadsEveryLine() throws {
        let input = """
            refs/heads/main \(commitA) refs/heads/main \(commitB)
            refs/heads/feature \(commitB) refs/heads/feature \(zero40)
            (delete) \(zero40) refs/heads/old \(commitA)
            refs/tags/v1 \(commitA) refs/tags/v1 \(zero40)

            """
        let updates = try parsePush(input)
        #expect(updates.map(\.ref) == ["refs/heads/main", "refs/heads/feature", "refs/heads/old", "refs/tags/v1"])
        #expect(updates.map(\.isDeletion) == [false, false, true, false])
    }

    @Test func prePushSHA256ObjectIDs() throws {
        let updates = try parsePush(
            """
            refs/heads/main \(sha256A) refs/heads/main \(sha256B)
            refs/heads/new \(sha256A) refs/heads/new \(zero64)
            (delete) \(zero64) refs/heads/old \(sha256B)
            """)
        #expect(updates.count == 3)
        #expect(updates[0].newID == ObjectID(hex: sha256A))
        #expect(updates[0].oldID == ObjectID(hex: sha256B))
        #expect(updates[1].oldID == nil)
        #expect(updates[2].newID == nil)
    }

    @Test func prePushSourceWithSpaces() throws {
        let updates = try parsePush("main@{1 day ago} \(commitA) refs/heads/main \(commitB)\n")
        #expect(updates.first?.source == "main@{1 day ago}")
        #expect(updates.first?.ref == "refs/heads/main")
    }

    @Test func uppercaseDigitsReadAsLowercase() throws {
        let updates = try parsePush("refs/heads/main \(commitA.uppercased()) refs/heads/main \(zero40)\n")
        #expect(updates.first?.newID == ObjectID(hex: commitA))
    }

    @Test func carriageReturnsAndBlankLinesIgnored() throws {
        let input =
            "\nrefs/heads/a \(commitA) refs/heads/a \(zero40)\r\n\r\n\nrefs/heads/b \(commitB) refs/heads/b \(zero40)"
        let updates = try parsePush(input)
        #expect(updates.map(\.ref) == ["refs/heads/a", "refs/heads/b"])
    }

    @Test func emptyInputHasNoUpdates() throws {
        #expect(try parsePush("") == [])
        #expect(try parsePush("\n\n") == [])
    }

    // MARK: pre-push errors

    @Test func tooFewFields() {
        let error = parseError("refs/heads/main \(commitA) refs/heads/main\n")
        #expect(error?.lineNumber == 1)
        #expect(error?.line == "refs/heads/main \(commitA) refs/heads/main")
        #expect(error?.reason == .wrongFieldCount)
    }

    @Test func emptyFieldFromDoubleSpace() {
        let error = parseError("refs/heads/main \(commitA)  refs/heads/main \(commitB)")
        #expect(error?.reason == .wrongFieldCount)
    }

    @Test func trailingSpace() {
        let error = parseError("refs/heads/main \(commitA) refs/heads/main \(commitB) ")
        #expect(error?.reason == .wrongFieldCount)
    }

    @Test func shortObjectID() {
        let short = String(commitA.dropLast())
        let error = parseError("refs/heads/main \(short) refs/heads/main \(commitB)")
        #expect(error?.reason == .invalidObjectID(short))
    }

    @Test func nonHexObjectID() {
        let invalid = "g" + commitB.dropFirst()
        let error = parseError("refs/heads/main \(commitA) refs/heads/main \(invalid)")
        #expect(error?.reason == .invalidObjectID(invalid))
    }

    @Test func mixedObjectIDLengths() {
        let error = parseError("refs/heads/main \(sha256A) refs/heads/main \(zero40)")
        #expect(error?.reason == .mixedObjectIDLengths)
    }

    @Test func deletionWithObject() {
        let error = parseError("(delete) \(commitA) refs/heads/main \(commitB)")
        #expect(error?.reason == .deletionWithObject)
    }

    @Test func bothObjectIDsZero() {
        let error = parseError("refs/heads/main \(zero40) refs/heads/main \(zero40)")
        #expect(error?.reason == .bothZero)
    }

    @Test func errorNamesLineNumberCountingBlankLines() {
        let input = "refs/heads/a \(commitA) refs/heads/a \(zero40)\n\ngarbage\n"
        let error = parseError(input)
        #expect(error?.lineNumber == 3)
        #expect(error?.line == "garbage")
        #expect(error?.format == .prePush)
    }

    @Test func errorMessageInBothLanguages() throws {
        let error = try #require(parseError("refs/heads/a \(commitA) refs/heads/a xyz"))
        #expect(
            error.message.english
                == "Line 1 of standard input, \"refs/heads/a \(commitA) refs/heads/a xyz\", is not a ref update: "
                + "\"xyz\" is not an object id of 40 or 64 hexadecimal digits. git writes one line per ref as "
                + "`<local ref> SP <local oid> SP <remote ref> SP <remote oid>`; if you write the input by hand, "
                + "use that form.")
        #expect(
            error.message.spanish
                == "La línea 1 de la entrada estándar, \"refs/heads/a \(commitA) refs/heads/a xyz\", no describe "
                + "una actualización de referencia: \"xyz\" no es un identificador de objeto de 40 o 64 dígitos "
                + "hexadecimales. git escribe una línea por referencia con la forma "
                + "`<local ref> SP <local oid> SP <remote ref> SP <remote oid>`; si escribe la entrada a mano, "
                + "use esa forma.")
    }

    @Test func errorMessageEscapesControlCharacters() throws {
        let error = try #require(parseError("bad\u{1B}[31mline"))
        #expect(error.message.english.contains("\"bad\\x1b[31mline\""))
        #expect(!error.message.english.contains("\u{1B}"))
    }

    @Test func errorMessageShortensLongLines() throws {
        let line = String(repeating: "x", count: 500)
        let error = try #require(parseError(line))
        #expect(error.message.english.contains("\"" + String(repeating: "x", count: 120) + "…\""))
    }

    // MARK: pre-receive

    @Test func preReceiveLines() throws {
        let input = """
            \(commitB) \(commitA) refs/heads/main
            \(zero40) \(commitA) refs/heads/feature
            \(commitA) \(zero40) refs/heads/old

            """
        let updates = try parseReceive(input)
        #expect(
            updates == [
                RefUpdate(
                    source: "refs/heads/main", ref: "refs/heads/main", newID: ObjectID(hex: commitA),
                    oldID: ObjectID(hex: commitB)),
                RefUpdate(
                    source: "refs/heads/feature", ref: "refs/heads/feature", newID: ObjectID(hex: commitA),
                    oldID: nil),
                RefUpdate(source: "refs/heads/old", ref: "refs/heads/old", newID: nil, oldID: ObjectID(hex: commitA)),
            ])
    }

    @Test func preReceiveSHA256() throws {
        let updates = try parseReceive("\(zero64) \(sha256A) refs/tags/v2\n")
        #expect(updates.first?.newID == ObjectID(hex: sha256A))
        #expect(updates.first?.isTag == true)
    }

    @Test func preReceiveRejectsPrePushLayout() {
        let error = parseError("refs/heads/main \(commitA) refs/heads/main \(commitB)", format: .preReceive)
        #expect(error?.reason == .wrongFieldCount)
        #expect(error?.format == .preReceive)
        #expect(error?.message.english.contains("`<old oid> SP <new oid> SP <ref name>`") == true)
    }

    @Test func preReceiveRejectsBadObjectID() {
        let error = parseError("main \(commitA) refs/heads/main", format: .preReceive)
        #expect(error?.reason == .invalidObjectID("main"))
    }
}
