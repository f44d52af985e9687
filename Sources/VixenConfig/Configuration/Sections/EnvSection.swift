import VixenCore

extension ConfigurationSection {
    /// The `env` section.
    ///
    /// ```yaml
    /// env:
    ///   documentation: [docs/configuration.md, deploy/production.env.example]
    ///   ignore: [SENTRY_RELEASE, FEATURE_*]   # added to the built-in list (PATH, HOME, NODE_ENV...)
    ///   browser_prefixes: [VITE_, NEXT_PUBLIC_]  # replaces the built-in list
    /// ```
    static let env = ConfigurationSection(key: "env") { node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "env") else {
            return
        }
        for entry in entries {
            let path = "env.\(entry.key.value)"
            switch entry.key.value {
            case "documentation":
                configuration.env.documentation = try decodeDocumentationPaths(
                    entry.value, path: path, decoder: decoder)
            case "ignore":
                configuration.env.ignored =
                    Configuration.Env.defaultIgnored
                    + (try decodeNames(entry.value, path: path, allowsWildcard: true, decoder: decoder))
            case "browser_prefixes":
                configuration.env.browserPrefixes = try decodeNames(
                    entry.value, path: path, allowsWildcard: false, decoder: decoder)
            default:
                throw decoder.unknownKey(
                    entry.key, section: "env", known: ["documentation", "ignore", "browser_prefixes"])
            }
        }
    }

    private static func decodeDocumentationPaths(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [String] {
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindScalar(), nodeKind: Catalog.yamlKindSequence())
        var paths: [String] = []
        for scalar in scalars {
            let parts = scalar.value.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
            guard !scalar.value.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
                throw decoder.error(Catalog.envConfigInvalidPath(path: path, value: scalar.value), at: scalar.mark)
            }
            paths.append(parts.joined(separator: "/"))
        }
        return paths
    }

    /// Decodes a name or a list of names: ASCII letters, digits and `_`, not starting with a
    /// digit, and with `allowsWildcard` a final `*`.
    private static func decodeNames(
        _ node: YAMLNode, path: String, allowsWildcard: Bool, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [String] {
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindScalar(), nodeKind: Catalog.yamlKindSequence())
        var names: [String] = []
        for scalar in scalars {
            let core = allowsWildcard && scalar.value.hasSuffix("*") ? String(scalar.value.dropLast()) : scalar.value
            let isValid =
                core.unicodeScalars.first.map { !("0"..."9").contains($0) } ?? false
                && core.unicodeScalars.allSatisfy {
                    ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
                }
            guard isValid else {
                throw decoder.error(Catalog.envConfigInvalidName(path: path, value: scalar.value), at: scalar.mark)
            }
            names.append(scalar.value)
        }
        return names
    }
}
