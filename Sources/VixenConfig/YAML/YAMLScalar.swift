/// A YAML scalar: its text exactly as written, without type resolution.
///
/// The reader never turns `1`, `true` or `off` into numbers or booleans. Each consumer
/// decides what a value means, and ``isQuoted`` lets it treat `"1"` as a string.
public struct YAMLScalar: Sendable, Hashable {
    public let value: String
    /// True for every style except plain: single or double quotes, `|` and `>` blocks, and
    /// plain scalars tagged `!!str`.
    public let isQuoted: Bool
    public let mark: YAMLMark

    public init(value: String, isQuoted: Bool, mark: YAMLMark) {
        self.value = value
        self.isQuoted = isQuoted
        self.mark = mark
    }

    /// True for an unquoted empty value, `~` or `null`, which YAML reads as null.
    public var isNull: Bool {
        guard !isQuoted else {
            return false
        }
        return ["", "~", "null", "Null", "NULL"].contains(value)
    }
}
