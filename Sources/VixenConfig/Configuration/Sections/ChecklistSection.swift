import VixenCore

extension ConfigurationSection {
    /// The `checklist` section.
    ///
    /// ```yaml
    /// checklist:
    ///   max_image_size: 300 KB          # changed images above this size are reported
    ///   max_font_size: 1 MB
    ///   max_video_size: 1 MB
    ///   modern_format_min_size: 100 KB  # PNG and JPEG files from this size could be WebP or AVIF
    ///   healthcheck_configured: true    # Coolify checks the containers' health
    ///   build_contexts:                 # Dockerfile -> the folder it is built from
    ///     docker/api.Dockerfile: backend
    ///   tests:                          # run by `vixen-gate check --run-tests`
    ///     backend: {command: pytest, directory: backend}
    ///     frontend: {command: npm test, directory: frontend}
    /// ```
    static let checklist = ConfigurationSection(key: "checklist") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "checklist") else {
            return
        }
        for entry in entries {
            let path = "checklist.\(entry.key.value)"
            switch entry.key.value {
            case "max_image_size":
                configuration.checklist.maxImageSize = try decodeSize(
                    entry.value, path: path, defaultValue: "300 KB", decoder: decoder)
            case "max_font_size":
                configuration.checklist.maxFontSize = try decodeSize(
                    entry.value, path: path, defaultValue: "1 MB", decoder: decoder)
            case "max_video_size":
                configuration.checklist.maxVideoSize = try decodeSize(
                    entry.value, path: path, defaultValue: "1 MB", decoder: decoder)
            case "modern_format_min_size":
                configuration.checklist.modernFormatMinSize = try decodeSize(
                    entry.value, path: path, defaultValue: "100 KB", decoder: decoder)
            case "healthcheck_configured":
                configuration.checklist.healthcheckConfigured = try decodeBoolean(
                    entry.value, path: path, decoder: decoder)
            case "build_contexts":
                configuration.checklist.buildContexts = try decodeBuildContexts(entry.value, decoder: decoder)
            case "tests":
                configuration.checklist.tests = try decodeTests(entry.value, decoder: decoder)
            default:
                throw decoder.unknownKey(entry.key, section: "checklist", known: checklistKeys)
            }
        }
    }

    private static let checklistKeys = [
        "max_image_size", "max_font_size", "max_video_size", "modern_format_min_size", "healthcheck_configured",
        "build_contexts", "tests",
    ]

    /// Decodes a size as `limits.max_file_size` does; `defaultValue` is the key's default as the file writes it.
    private static func decodeSize(
        _ node: YAMLNode, path: String, defaultValue: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Int64 {
        let scalar = try decoder.scalar(node, path: path, example: defaultValue)
        let bytes: Int64
        do {
            bytes = try ByteSizeParser.bytes(from: scalar.value)
        } catch {
            switch error {
            case .invalid:
                throw decoder.error(Catalog.configInvalidSize(path: path, value: scalar.value), at: scalar.mark)
            case .tooLarge:
                throw decoder.error(Catalog.configSizeTooLarge(path: path, value: scalar.value), at: scalar.mark)
            }
        }
        guard bytes > 0 else {
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: defaultValue)
            throw decoder.error(message, at: scalar.mark)
        }
        return bytes
    }

    /// Decodes an unquoted `true` or `false`, the only spellings accepted, so that `"false"` or
    /// `no` cannot be read the opposite way by someone who expects YAML 1.1.
    private static func decodeBoolean(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Bool {
        let scalar = try decoder.scalar(node, path: path, example: "true")
        guard !scalar.isQuoted, scalar.value == "true" || scalar.value == "false" else {
            throw decoder.error(Catalog.checklistConfigInvalidBoolean(path: path, value: scalar.value), at: scalar.mark)
        }
        return scalar.value == "true"
    }

    private static func decodeBuildContexts(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [String: String] {
        guard let entries = try decoder.mappingEntries(node, path: "checklist.build_contexts") else {
            return [:]
        }
        var contexts: [String: String] = [:]
        for entry in entries {
            let path = "checklist.build_contexts.\(entry.key.value)"
            let dockerfile = try relativePath(entry.key, path: "checklist.build_contexts", decoder: decoder)
            guard !dockerfile.isEmpty else {
                throw decoder.error(
                    Catalog.checklistConfigInvalidPath(path: "checklist.build_contexts", value: entry.key.value),
                    at: entry.key.mark)
            }
            let folder = try decoder.scalar(entry.value, path: path, example: "backend")
            contexts[dockerfile] = try relativePath(folder, path: path, decoder: decoder)
        }
        return contexts
    }

    private static func decodeTests(
        _ node: YAMLNode, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> [Configuration.TestCommand] {
        guard let entries = try decoder.mappingEntries(node, path: "checklist.tests") else {
            return []
        }
        let keys = Configuration.TestCommand.componentKeys
        var commands: [Configuration.TestCommand] = []
        for entry in entries {
            guard let component = keys.first(where: { $0.key == entry.key.value })?.component else {
                throw decoder.unknownKey(entry.key, section: "checklist.tests", known: keys.map(\.key))
            }
            commands.append(
                try decodeTestCommand(entry.value, key: entry.key.value, component: component, decoder: decoder))
        }
        return commands
    }

    private static func decodeTestCommand(
        _ node: YAMLNode, key: String, component: Component, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Configuration.TestCommand {
        let path = "checklist.tests.\(key)"
        guard let entries = try decoder.mappingEntries(node, path: path) else {
            throw decoder.error(Catalog.checklistConfigMissingCommand(path: path), at: node.mark)
        }
        var command: String?
        var directory = ""
        for entry in entries {
            let entryPath = "\(path).\(entry.key.value)"
            switch entry.key.value {
            case "command":
                let scalar = try decoder.scalar(entry.value, path: entryPath, example: "pytest")
                guard !scalar.value.allSatisfy(\.isWhitespace) else {
                    throw decoder.error(Catalog.configMissingValue(path: entryPath, example: "pytest"), at: scalar.mark)
                }
                command = scalar.value
            case "directory":
                let scalar = try decoder.scalar(entry.value, path: entryPath, example: "backend")
                directory = try relativePath(scalar, path: entryPath, decoder: decoder)
            default:
                throw decoder.unknownKey(entry.key, section: path, known: ["command", "directory"])
            }
        }
        guard let command else {
            throw decoder.error(Catalog.checklistConfigMissingCommand(path: path), at: node.mark)
        }
        return Configuration.TestCommand(component: component, command: command, directory: directory)
    }

    /// Returns a path relative to the repository root without `.` parts or a trailing `/`.
    ///
    /// An absolute path or one with a `..` part is rejected, because it would point outside the
    /// repository.
    private static func relativePath(
        _ scalar: YAMLScalar, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> String {
        let parts = scalar.value.split(separator: "/", omittingEmptySubsequences: true)
        guard !scalar.value.hasPrefix("/"), !parts.contains("..") else {
            throw decoder.error(Catalog.checklistConfigInvalidPath(path: path, value: scalar.value), at: scalar.mark)
        }
        return parts.filter { $0 != "." }.joined(separator: "/")
    }
}
