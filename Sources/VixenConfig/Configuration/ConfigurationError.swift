import VixenCore

/// An invalid configuration file: the problem's position and a message that names the bad
/// value and tells what to write instead.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's display name, such as `.vixen-gate.yml` or `HEAD:.vixen-gate.yml`.
    public let source: String
    /// 1-based line of the problem.
    public let line: Int
    /// 1-based column of the problem, in characters.
    public let column: Int
    public let message: LocalizedText

    public init(source: String, line: Int, column: Int, message: LocalizedText) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    /// Formats the error as `source:line:column: message`, the form compilers and editors use.
    public func formatted(_ language: Language) -> String {
        "\(source):\(line):\(column): \(message(language))"
    }

    public var description: String { formatted(.english) }
}
