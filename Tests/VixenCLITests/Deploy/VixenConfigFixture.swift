import VixenConfig

/// Parses configuration text as `.vixen-gate.yml`.
enum VixenConfigFixture {
    static func parse(_ text: String) throws -> Configuration {
        try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
    }
}
