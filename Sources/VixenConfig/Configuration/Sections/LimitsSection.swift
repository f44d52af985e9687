import VixenCore

extension ConfigurationSection {
    /// The `limits` section, with `max_file_size` as a size and `rename_limit` as a whole number.
    ///
    /// Both must be greater than zero.
    static let limits = ConfigurationSection(key: "limits") { node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "limits") else {
            return
        }
        for entry in entries {
            let path = "limits.\(entry.key.value)"
            switch entry.key.value {
            case "max_file_size":
                configuration.limits.maxFileSize = try decodeSize(entry.value, path: path, decoder: decoder)
            case "rename_limit":
                configuration.limits.renameLimit = try decodeCount(entry.value, path: path, decoder: decoder)
            default:
                throw decoder.unknownKey(entry.key, section: "limits", known: ["max_file_size", "rename_limit"])
            }
        }
    }

    private static func decodeSize(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Int64 {
        // A size is text either way, so quotes are allowed: "1 MiB" and 1 MiB read the same.
        let scalar = try decoder.scalar(node, path: path, example: "1 MiB")
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
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: "1 MiB")
            throw decoder.error(message, at: scalar.mark)
        }
        return bytes
    }

    private static func decodeCount(
        _ node: YAMLNode, path: String, decoder: ConfigurationDecoder
    ) throws(ConfigurationError) -> Int {
        let scalar = try decoder.scalar(node, path: path, example: "1000")
        guard let count = Int(scalar.value) else {
            throw decoder.error(
                Catalog.configInvalidInteger(path: path, value: scalar.value, example: "1000"), at: scalar.mark)
        }
        guard !scalar.isQuoted else {
            throw decoder.error(Catalog.configQuotedNumber(path: path, value: scalar.value), at: scalar.mark)
        }
        guard count > 0 else {
            let message = Catalog.configNotPositive(path: path, value: scalar.value, defaultValue: "1000")
            throw decoder.error(message, at: scalar.mark)
        }
        return count
    }
}
