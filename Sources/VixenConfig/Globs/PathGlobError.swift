import VixenCore

/// A pattern ``PathGlob`` cannot compile.
public struct PathGlobError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case empty
        /// Two slashes in a row, as in `a//b`.
        case emptySegment
        /// A `[` with no `]` after it in the same segment; `position` is the `[`'s 1-based
        /// character position in the pattern.
        case unclosedBracket(position: Int)
        /// A range whose start comes after its end, such as `z-a`.
        case backwardsRange(String)
        /// A `\` followed by a `/` or by nothing; `position` is the backslash's.
        case danglingBackslash(position: Int)
    }

    public let pattern: String
    public let reason: Reason

    public init(pattern: String, reason: Reason) {
        self.pattern = pattern
        self.reason = reason
    }

    /// The problem and its fix, without the pattern itself, which callers quote.
    public var message: LocalizedText {
        switch reason {
        case .empty: Catalog.globEmpty()
        case .emptySegment: Catalog.globEmptySegment()
        case .unclosedBracket(let position): Catalog.globUnclosedBracket(position: position)
        case .backwardsRange(let range): Catalog.globBackwardsRange(range: range)
        case .danglingBackslash(let position): Catalog.globDanglingBackslash(position: position)
        }
    }
}
