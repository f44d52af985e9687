import VixenCore

extension ConfigurationSection {
    /// The `database` section.
    ///
    /// ```yaml
    /// database:
    ///   pg_bin: /usr/lib/postgresql/16/bin   # folder of psql, pg_dump and pg_restore
    ///   url_variable: DATABASE_URL           # how migration commands receive the URL
    ///   verify:                              # commands that apply and undo one migration
    ///     up_command: alembic upgrade +1
    ///     down_command: alembic downgrade -1
    ///     working_directory: backend         # relative to the repository root
    ///   backup:
    ///     folder: /var/backups/teamboard
    ///     keep: 7
    ///   migrate:                             # commands a deployment runs on the target's database
    ///     up_command: alembic upgrade head
    ///     down_command: alembic downgrade -1
    ///     working_directory: backend
    ///   url_env:                             # the variable with each environment's database URL
    ///     staging: STAGING_DATABASE_URL
    ///     production: PROD_DATABASE_URL
    /// ```
    static let database = ConfigurationSection(key: "database") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "database") else {
            return
        }
        for entry in entries {
            let path = "database.\(entry.key.value)"
            switch entry.key.value {
            case "pg_bin":
                configuration.database.pgBin = try decodeText(
                    entry.value, path: path, example: "/usr/lib/postgresql/16/bin", decoder: decoder)
            case "url_variable":
                configuration.database.urlVariable = try decodeVariableName(entry.value, path: path, decoder: decoder)
            case "verify":
                configuration.database.verify = try decodeVerify(entry.value, decoder: decoder)
            case "backup":
                configuration.database.backup = try decodeBackup(entry.value, decoder: decoder)
            case "migrate":
                configuration.database.migrate = try decodeMigrate(entry.value, decoder: decoder)
            case "url_env":
                configuration.database.urlEnvironment = try decodeURLEnvironment(entry.value, decoder: decoder)
            default:
                throw decoder.unknownKey(
                    entry.key, section: "database",
                    known: ["pg_bin", "url_variable", "verify", "backup", "migrate", "url_env"])
            }
        }
    }

    private static func decodeVerify(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.Database.Verify? {
        let commands = try decodeCommands(
            node, section: "database.verify", upExample: "alembic upgrade +1", decoder: decoder)
        guard let commands else {
            return nil
        }
        guard let upCommand = commands.up, let downCommand = commands.down else {
            let missing = commands.up == nil ? "up_command" : "down_command"
            throw decoder.error(Catalog.postgresConfigVerifyMissingCommand(missing), at: node.mark)
        }
        return Configuration.Database.Verify(
            upCommand: upCommand, downCommand: downCommand, workingDirectory: commands.workingDirectory)
    }

    private static func decodeMigrate(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.Database.Verify? {
        let commands = try decodeCommands(
            node, section: "database.migrate", upExample: "alembic upgrade head", decoder: decoder)
        guard let commands else {
            return nil
        }
        guard let upCommand = commands.up, let downCommand = commands.down else {
            let missing = commands.up == nil ? "up_command" : "down_command"
            throw decoder.error(Catalog.runnerConfigMigrateMissingCommand(missing), at: node.mark)
        }
        return Configuration.Database.Verify(
            upCommand: upCommand, downCommand: downCommand, workingDirectory: commands.workingDirectory)
    }

    /// Decodes `database.url_env`: a variable name for `staging`, `production` or both.
    private static func decodeURLEnvironment(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [Configuration.DeploymentEnvironment: String] {
        var variables: [Configuration.DeploymentEnvironment: String] = [:]
        guard let entries = try decoder.mappingEntries(node, path: "database.url_env") else {
            return variables
        }
        let known = Configuration.DeploymentEnvironment.allCases.map(\.rawValue)
        for entry in entries {
            guard let environment = Configuration.DeploymentEnvironment(rawValue: entry.key.value) else {
                throw decoder.unknownKey(entry.key, section: "database.url_env", known: known)
            }
            let path = "database.url_env.\(entry.key.value)"
            // A URL here would carry its password, so the message leaves the value out.
            if case .scalar(let scalar) = entry.value, scalar.value.contains("://") || scalar.value.contains("@") {
                throw decoder.error(Catalog.runnerConfigURLInsteadOfVariable(path: path), at: scalar.mark)
            }
            variables[environment] = try decodeVariableName(entry.value, path: path, decoder: decoder)
        }
        return variables
    }

    /// The commands of `database.verify` or `database.migrate` as written, each nil when absent.
    private struct CommandPair {
        var up: String?
        var down: String?
        var workingDirectory: String?
    }

    private static func decodeCommands(
        _ node: YAMLNode, section: String, upExample: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> CommandPair? {
        guard let entries = try decoder.mappingEntries(node, path: section) else {
            return nil
        }
        var commands = CommandPair()
        for entry in entries {
            let path = "\(section).\(entry.key.value)"
            switch entry.key.value {
            case "up_command":
                commands.up = try decodeText(entry.value, path: path, example: upExample, decoder: decoder)
            case "down_command":
                commands.down = try decodeText(
                    entry.value, path: path, example: "alembic downgrade -1", decoder: decoder)
            case "working_directory":
                commands.workingDirectory = try decodeFolder(entry.value, path: path, decoder: decoder)
            default:
                throw decoder.unknownKey(
                    entry.key, section: section, known: ["up_command", "down_command", "working_directory"])
            }
        }
        return commands
    }

    private static func decodeBackup(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.Database.Backup {
        var backup = Configuration.Database.Backup()
        guard let entries = try decoder.mappingEntries(node, path: "database.backup") else {
            return backup
        }
        for entry in entries {
            let path = "database.backup.\(entry.key.value)"
            switch entry.key.value {
            case "folder":
                backup.folder = try decodeText(entry.value, path: path, example: "/var/backups/app", decoder: decoder)
            case "keep":
                backup.keep = try decodeKeep(entry.value, path: path, decoder: decoder)
            default:
                throw decoder.unknownKey(entry.key, section: "database.backup", known: ["folder", "keep"])
            }
        }
        return backup
    }

    private static func decodeText(
        _ node: YAMLNode, path: String, example: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> String {
        let scalar = try decoder.scalar(node, path: path, example: example)
        guard !scalar.value.isEmpty else {
            throw decoder.error(Catalog.configMissingValue(path: path, example: example), at: scalar.mark)
        }
        return scalar.value
    }

    /// Decodes a folder inside the repository: a relative path without `..`, with `.` components
    /// and repeated slashes removed, or nil for the root itself.
    private static func decodeFolder(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> String? {
        let text = try decodeText(node, path: path, example: "backend", decoder: decoder)
        let components = text.split(separator: "/").filter { $0 != "." }
        guard !text.hasPrefix("/"), !components.contains("..") else {
            throw decoder.error(Catalog.postgresConfigFolderOutsideRepository(path: path, value: text), at: node.mark)
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    /// Decodes an environment variable name: a letter or `_`, then letters, digits and `_`.
    private static func decodeVariableName(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> String {
        let name = try decodeText(node, path: path, example: "DATABASE_URL", decoder: decoder)
        let isNameCharacter = { (character: Character) in
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }
        guard name.allSatisfy(isNameCharacter), name.first?.isNumber == false else {
            throw decoder.error(Catalog.postgresConfigInvalidVariableName(path: path, value: name), at: node.mark)
        }
        return name
    }

    private static func decodeKeep(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Int {
        let scalar = try decoder.scalar(node, path: path, example: "7")
        guard let keep = Int(scalar.value) else {
            throw decoder.error(
                Catalog.configInvalidInteger(path: path, value: scalar.value, example: "7"), at: scalar.mark)
        }
        guard !scalar.isQuoted else {
            throw decoder.error(Catalog.configQuotedNumber(path: path, value: scalar.value), at: scalar.mark)
        }
        guard keep > 0 else {
            throw decoder.error(
                Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: "7"), at: scalar.mark)
        }
        return keep
    }
}
