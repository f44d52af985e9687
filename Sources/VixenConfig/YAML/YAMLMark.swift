/// A position in a YAML file, 1-based, as editors number lines and columns.
///
/// Columns count Unicode characters, as libyaml does, not bytes.
public struct YAMLMark: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
