import VixenCore

extension ConfigurationSection {
    /// The `deploy` section, which sets the deploy runner's cost rules and state remote.
    ///
    /// ```yaml
    /// deploy:
    ///   remote: origin            # the remote that shares refs/vixen-gate/* and its notes
    ///   lock_ttl: 30m             # a lock older than this was left by a runner that died
    ///   staging:
    ///     batch_commits: 5        # commits that change BE, FE, DB or OPS
    ///     batch_lines: 200        # added plus deleted lines in those components
    ///     max_wait: 24h           # the longest a pending change waits
    ///   production:
    ///     batch_commits: 5
    ///     batch_lines: 200
    ///     max_wait: 24h
    ///     soak: 24h               # how long a commit runs on staging first
    ///     windows: [Mon-Thu 09:00-16:00 Europe/Madrid]
    /// ```
    ///
    /// Durations are whole numbers with `s`, `m`, `h` or `d`, alone or combined (`1h30m`); counts
    /// are whole numbers. All must be greater than zero.
    static let deploy = ConfigurationSection(key: "deploy") { node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "deploy") else {
            return
        }
        for entry in entries {
            let path = "deploy.\(entry.key.value)"
            switch entry.key.value {
            case "remote":
                let scalar = try decoder.scalar(entry.value, path: path, example: "origin")
                guard !scalar.value.isEmpty else {
                    throw decoder.error(Catalog.configMissingValue(path: path, example: "origin"), at: scalar.mark)
                }
                configuration.deploy.remote = scalar.value
            case "lock_ttl":
                configuration.deploy.lockTimeToLive = try decodeDuration(
                    entry.value, path: path, example: "30m", decoder: decoder)
            case "staging":
                configuration.deploy.staging = try decodeBatch(
                    entry.value, path: path, allowsProductionKeys: false, into: &configuration, decoder: decoder)
            case "production":
                configuration.deploy.production = try decodeBatch(
                    entry.value, path: path, allowsProductionKeys: true, into: &configuration, decoder: decoder)
            default:
                throw decoder.unknownKey(
                    entry.key, section: "deploy", known: ["remote", "lock_ttl", "staging", "production"])
            }
        }
    }

    /// Decodes an environment's batching keys, and for production also `soak` and `windows`.
    private static func decodeBatch(
        _ node: YAMLNode, path: String, allowsProductionKeys: Bool, into configuration: inout Configuration,
        decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.Deploy.Batch {
        var batch = Configuration.Deploy.Batch()
        guard let entries = try decoder.mappingEntries(node, path: path) else {
            return batch
        }
        var known = ["batch_commits", "batch_lines", "max_wait"]
        if allowsProductionKeys {
            known += ["soak", "windows"]
        }
        for entry in entries {
            let entryPath = "\(path).\(entry.key.value)"
            guard known.contains(entry.key.value) else {
                throw decoder.unknownKey(entry.key, section: path, known: known)
            }
            switch entry.key.value {
            case "batch_commits":
                batch.commits = try decodeCount(entry.value, path: entryPath, example: "5", decoder: decoder)
            case "batch_lines":
                batch.lines = try decodeCount(entry.value, path: entryPath, example: "200", decoder: decoder)
            case "max_wait":
                batch.maxWait = try decodeDuration(entry.value, path: entryPath, example: "24h", decoder: decoder)
            case "soak":
                configuration.deploy.soak = try decodeDuration(
                    entry.value, path: entryPath, example: "24h", decoder: decoder)
            case "windows":
                configuration.deploy.windows = try decodeWindows(entry.value, path: entryPath, decoder: decoder)
            default:
                throw decoder.unknownKey(entry.key, section: path, known: known)
            }
        }
        return batch
    }

    private static func decodeCount(
        _ node: YAMLNode, path: String, example: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Int {
        let scalar = try decoder.scalar(node, path: path, example: example)
        guard let count = Int(scalar.value) else {
            throw decoder.error(
                Catalog.configInvalidInteger(path: path, value: scalar.value, example: example), at: scalar.mark)
        }
        guard !scalar.isQuoted else {
            throw decoder.error(Catalog.configQuotedNumber(path: path, value: scalar.value), at: scalar.mark)
        }
        guard count > 0 else {
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: example)
            throw decoder.error(message, at: scalar.mark)
        }
        return count
    }

    private static func decodeDuration(
        _ node: YAMLNode, path: String, example: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Int {
        let scalar = try decoder.scalar(node, path: path, example: example)
        guard let seconds = DurationParser.seconds(from: scalar.value) else {
            throw decoder.error(
                Catalog.configInvalidDuration(path: path, value: scalar.value, example: example), at: scalar.mark)
        }
        guard seconds > 0 else {
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: example)
            throw decoder.error(message, at: scalar.mark)
        }
        return seconds
    }

    /// Decodes the production windows, each checked with the parser the deploy commands use.
    private static func decodeWindows(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [Configuration.Located<String>] {
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindScalar(), nodeKind: Catalog.yamlKindSequence())
        guard !scalars.isEmpty else {
            throw decoder.error(Catalog.configNoDeployWindows(path: path), at: node.mark)
        }
        var windows: [Configuration.Located<String>] = []
        for scalar in scalars {
            guard !scalar.value.isEmpty, !scalar.isNull else {
                throw decoder.error(Catalog.configNoDeployWindows(path: path), at: scalar.mark)
            }
            // Parsed here as well as by the deploy commands, so `check`, the hook and CI reject a
            // window that would stop every deployment.
            do {
                _ = try DeploymentWindow(parsing: scalar.value)
            } catch {
                throw decoder.error(Catalog.deployInvalidWindow(error.message), at: scalar.mark)
            }
            windows.append(
                Configuration.Located(
                    scalar.value, source: decoder.source, line: scalar.mark.line, column: scalar.mark.column))
        }
        return windows
    }
}
