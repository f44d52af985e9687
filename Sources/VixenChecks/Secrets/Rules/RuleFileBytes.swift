/// The contents of one rule file and the names it goes by.
public struct RuleFileBytes: Sendable, Equatable {
    /// The path as the configuration writes it, or the file name of a built-in file.
    public let path: String
    /// The name messages show, such as `core.yml` or `a1b2c3d:security/rules.yml`.
    public let source: String
    public let bytes: [UInt8]

    public init(path: String, source: String, bytes: [UInt8]) {
        self.path = path
        self.source = source
        self.bytes = bytes
    }
}
