import VixenCore

extension Configuration {
    /// The top-level sections, in the order messages list them.
    static let sections: [ConfigurationSection] = [
        .components, .limits, .severity, .secrets, .migrations, .database, .checklist, .coolify, .deploy, .env,
    ]

    /// Parses the bytes of a `.vixen-gate.yml` file.
    ///
    /// An empty file, or one with only comments or a null document, gives ``default``.
    /// `source` is the file's display name in errors, such as `.vixen-gate.yml` or
    /// `HEAD:.vixen-gate.yml`. Invalid YAML and every value the schema rejects throw a
    /// ``ConfigurationError`` at the line and column of that value.
    public static func parse(bytes: [UInt8], source: String) throws(ConfigurationError) -> Configuration {
        let decoder = ConfigurationDecoder(source: source)
        var configuration = Configuration.default

        guard let root = try YAMLReader().read(bytes: bytes, source: source) else {
            return configuration
        }
        guard let entries = try decoder.mappingEntries(root, path: nil) else {
            return configuration
        }

        for entry in entries {
            guard let section = sections.first(where: { $0.key == entry.key.value }) else {
                throw decoder.unknownKey(entry.key, section: nil, known: sections.map(\.key))
            }
            try section.decode(entry.value, decoder, &configuration)
        }
        return configuration
    }
}
