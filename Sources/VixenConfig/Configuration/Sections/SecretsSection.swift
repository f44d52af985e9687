import VixenCore

extension ConfigurationSection {
    /// The `secrets` section, which adds rule files and exceptions to the secret scan.
    ///
    /// ```yaml
    /// secrets:
    ///   rule_files: [security/secret-rules.yml]   # one path or a list, relative to the repository root
    ///   cache_dir: ~/.cache/vixen-gate            # where the compiled rules are kept
    ///   allowlist:                                # for every secret rule
    ///     paths: [tests/fixtures/**]              # globs of files not scanned
    ///     regexes: ['^sk_test_']                  # PCRE2 patterns matched against the secret
    ///     stopwords: [dummy]                      # words that mark a value as not a secret
    ///   rule_allowlists:                          # the same three lists for one rule each
    ///     secret.generic-password:
    ///       paths: [docs/**]
    ///   baseline: security/baseline.json          # default .vixen-gate-baseline.json
    /// ```
    ///
    /// Each list also accepts a single value. Regexes are kept as text with their positions,
    /// because only the scanner can compile them.
    static let secrets = ConfigurationSection(key: "secrets") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "secrets") else {
            return
        }
        for entry in entries {
            let path = "secrets.\(entry.key.value)"
            switch entry.key.value {
            case "rule_files":
                configuration.secrets.ruleFiles = try decodeTexts(entry.value, path: path, decoder: decoder)
            case "cache_dir":
                let scalar = try decoder.scalar(entry.value, path: path, example: "~/.cache/vixen-gate")
                guard !scalar.value.isEmpty else {
                    let message = Catalog.configMissingValue(path: path, example: "~/.cache/vixen-gate")
                    throw decoder.error(message, at: scalar.mark)
                }
                configuration.secrets.cacheDirectory = scalar.value
            case "allowlist":
                configuration.secrets.allowlist = try decodeAllowlist(entry.value, path: path, decoder: decoder)
            case "rule_allowlists":
                configuration.secrets.ruleAllowlists = try decodeRuleAllowlists(entry.value, decoder: decoder)
            case "baseline":
                configuration.secrets.baselinePath = try decodeBaselinePath(entry.value, decoder: decoder)
            default:
                throw decoder.unknownKey(
                    entry.key, section: "secrets",
                    known: ["rule_files", "cache_dir", "allowlist", "rule_allowlists", "baseline"])
            }
        }
    }

    /// Decodes the baseline file's path, which must stay inside the repository because it is read
    /// from commits as well as from the work tree.
    private static func decodeBaselinePath(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> String {
        let example = Configuration.Secrets.defaultBaselinePath
        let scalar = try decoder.scalar(node, path: "secrets.baseline", example: example)
        let value = scalar.value
        guard !value.isEmpty else {
            throw decoder.error(Catalog.configMissingValue(path: "secrets.baseline", example: example), at: scalar.mark)
        }
        let components = value.split(separator: "/", omittingEmptySubsequences: false)
        // A git tree has no `.`, `..` or empty components, so such a path would never be found there.
        let isTreePath = !components.contains { $0 == ".." || $0 == "." || $0.isEmpty }
        guard isTreePath else {
            throw decoder.error(Catalog.secretsConfigInvalidBaselinePath(value), at: scalar.mark)
        }
        return value
    }

    private static func decodeRuleAllowlists(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [RuleID: Configuration.SecretAllowlist] {
        guard let entries = try decoder.mappingEntries(node, path: "secrets.rule_allowlists") else {
            return [:]
        }
        var result: [RuleID: Configuration.SecretAllowlist] = [:]
        for entry in entries {
            guard let rule = RuleID(parsing: entry.key.value), rule.family == .secret else {
                throw decoder.error(Catalog.secretsConfigInvalidRuleID(value: entry.key.value), at: entry.key.mark)
            }
            let path = "secrets.rule_allowlists.\(entry.key.value)"
            result[rule] = try decodeAllowlist(entry.value, path: path, decoder: decoder)
        }
        return result
    }

    private static func decodeAllowlist(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.SecretAllowlist {
        var allowlist = Configuration.SecretAllowlist()
        guard let entries = try decoder.mappingEntries(node, path: path) else {
            return allowlist
        }
        for entry in entries {
            let entryPath = "\(path).\(entry.key.value)"
            switch entry.key.value {
            case "paths":
                allowlist.paths = try decodeGlobs(entry.value, path: entryPath, decoder: decoder)
            case "regexes":
                allowlist.regexes = try decodeTexts(entry.value, path: entryPath, decoder: decoder)
            case "stopwords":
                allowlist.stopwords = try decodeTexts(entry.value, path: entryPath, decoder: decoder).map {
                    $0.value.lowercased()
                }
            default:
                throw decoder.unknownKey(entry.key, section: path, known: ["paths", "regexes", "stopwords"])
            }
        }
        return allowlist
    }

    private static func decodeGlobs(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [PathGlob] {
        var globs: [PathGlob] = []
        for text in try decodeTexts(node, path: path, decoder: decoder) {
            do {
                globs.append(try PathGlob(text.value))
            } catch {
                let message = Catalog.secretsConfigInvalidGlob(path: path, glob: text.value, reason: error.message)
                throw decoder.error(message, at: YAMLMark(line: text.line, column: text.column))
            }
        }
        return globs
    }

    /// Decodes one non-empty text or a list of them, each with its position.
    private static func decodeTexts(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [Configuration.Located<String>] {
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindScalar(), nodeKind: Catalog.yamlKindSequence())

        var texts: [Configuration.Located<String>] = []
        for scalar in scalars {
            guard !scalar.value.isEmpty, !scalar.isNull else {
                throw decoder.error(Catalog.secretsConfigEmptyEntry(path: path), at: scalar.mark)
            }
            texts.append(
                Configuration.Located(
                    scalar.value, source: decoder.source, line: scalar.mark.line, column: scalar.mark.column))
        }
        return texts
    }
}
