import VixenCore

extension ConfigurationSection {
    /// The `migrations` section, a mapping from framework name to its settings.
    ///
    /// ```yaml
    /// migrations:
    ///   alembic:
    ///     versions: backend/app/alembic/versions   # folders of revision scripts, one graph
    ///     in_transaction: true                     # the tool wraps each run in a transaction
    ///   sql:
    ///     paths: [db/migrations/**]                # globs replacing detection; [] reads none
    ///   prisma:
    ///     down_script: down.sql                    # next to each migration.sql
    /// ```
    ///
    /// Every framework takes `paths` and `in_transaction`; `versions` is Alembic's and
    /// `down_script` Prisma's. Folders and the down script are repository-relative paths that
    /// stay inside the repository.
    static let migrations = ConfigurationSection(key: "migrations") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "migrations") else {
            return
        }
        for entry in entries {
            guard let framework = MigrationFramework(rawValue: entry.key.value) else {
                throw decoder.unknownKey(
                    entry.key, section: "migrations", known: MigrationFramework.allCases.map(\.rawValue))
            }
            configuration.migrations.frameworks[framework] = try decodeMigrationSettings(
                entry.value, framework: framework, decoder: decoder)
        }
    }

    private static func decodeMigrationSettings(
        _ node: YAMLNode, framework: MigrationFramework, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.MigrationSettings {
        let section = "migrations.\(framework.rawValue)"
        var settings = Configuration.MigrationSettings()
        guard let entries = try decoder.mappingEntries(node, path: section) else {
            return settings
        }
        let known = knownMigrationKeys(framework)
        for entry in entries {
            let path = "\(section).\(entry.key.value)"
            guard known.contains(entry.key.value) else {
                throw decoder.unknownKey(entry.key, section: section, known: known)
            }
            switch entry.key.value {
            case "paths":
                settings.paths = try decodeMigrationGlobs(entry.value, path: path, decoder: decoder)
            case "versions":
                let folders = try decodeRepositoryPaths(entry.value, path: path, decoder: decoder)
                settings.versionFolders = folders.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            case "down_script":
                let scalar = try decoder.scalar(entry.value, path: path, example: "down.sql")
                settings.downScript = try checkedRepositoryPath(scalar, path: path, decoder: decoder)
            default:
                settings.inTransaction = try decodeBoolean(entry.value, path: path, decoder: decoder)
            }
        }
        return settings
    }

    private static func knownMigrationKeys(_ framework: MigrationFramework) -> [String] {
        switch framework {
        case .alembic: ["versions", "in_transaction"]
        case .prisma: ["paths", "down_script", "in_transaction"]
        default: ["paths", "in_transaction"]
        }
    }

    /// Decodes a glob or a list of globs; an explicit empty list stays empty, so it turns
    /// the framework's detection off.
    private static func decodeMigrationGlobs(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [PathGlob] {
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindGlob(), nodeKind: Catalog.yamlKindGlobs())
        var globs: [PathGlob] = []
        for scalar in scalars {
            guard !scalar.isNull, !scalar.value.isEmpty else {
                throw decoder.error(Catalog.migrationsConfigEmptyEntry(path: path), at: scalar.mark)
            }
            do {
                globs.append(try PathGlob(scalar.value))
            } catch {
                let message = Catalog.migrationsConfigInvalidGlob(path: path, glob: scalar.value, reason: error.message)
                throw decoder.error(message, at: scalar.mark)
            }
        }
        return globs
    }

    private static func decodeRepositoryPaths(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [String] {
        let scalars = try decoder.scalarOrList(
            node, path: path, itemKind: Catalog.yamlKindScalar(), nodeKind: Catalog.yamlKindSequence())
        guard !scalars.isEmpty else {
            throw decoder.error(Catalog.configMissingValue(path: path, example: "alembic/versions"), at: node.mark)
        }
        var folders: [String] = []
        for scalar in scalars {
            folders.append(try checkedRepositoryPath(scalar, path: path, decoder: decoder))
        }
        return folders
    }

    /// Returns the scalar's value when it is a relative path that stays inside the repository.
    private static func checkedRepositoryPath(
        _ scalar: YAMLScalar, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> String {
        guard !scalar.isNull, !scalar.value.isEmpty else {
            throw decoder.error(Catalog.migrationsConfigEmptyEntry(path: path), at: scalar.mark)
        }
        let segments = scalar.value.split(separator: "/", omittingEmptySubsequences: false)
        guard !scalar.value.hasPrefix("/"), !segments.contains(".."), !scalar.value.contains("\\") else {
            throw decoder.error(Catalog.migrationsConfigPathOutside(path: path, value: scalar.value), at: scalar.mark)
        }
        return scalar.value
    }

    private static func decodeBoolean(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Bool {
        let scalar = try decoder.scalar(node, path: path, example: "false")
        guard !scalar.isQuoted else {
            throw decoder.error(
                Catalog.migrationsConfigInvalidBoolean(path: path, value: scalar.value), at: scalar.mark)
        }
        switch scalar.value {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            throw decoder.error(
                Catalog.migrationsConfigInvalidBoolean(path: path, value: scalar.value), at: scalar.mark)
        }
    }
}
