/// One token of Python source, as Python's `tokenize` module splits it.
///
/// A token keeps its byte range in the ``PythonSource`` rather than its text, so a token list
/// costs no string allocations. ``PythonModule/text(of:)`` returns the text.
public struct PythonToken: Sendable, Hashable {
    /// The token types of Python's `tokenize` module, under Swift names.
    public enum Kind: Sendable, Hashable {
        /// An identifier or a keyword (`NAME`).
        case name
        /// An integer, float or imaginary literal (`NUMBER`).
        case number
        /// A whole string literal with its prefix and quotes, f-strings included (`STRING`).
        ///
        /// Python 3.12 splits f-strings into `FSTRING_START`, `FSTRING_MIDDLE` and `FSTRING_END`
        /// tokens; here an f-string stays one token, as before 3.12.
        case string
        /// A `#` comment up to the end of its line, without the line break (`COMMENT`).
        case comment
        /// An operator or delimiter such as `(`, `**=` or `->` (`OP`).
        case `operator`
        /// The end of a logical line (`NEWLINE`). At the end of input without a final line
        /// break it is empty.
        case newline
        /// A line break that does not end a logical line: on a blank or comment-only line, or
        /// inside brackets (`NL`).
        case nonLogicalNewline
        /// A deeper indentation than the enclosing block's; its range is the leading whitespace (`INDENT`).
        case indent
        /// The end of an indented block; empty, at the first token after the block (`DEDENT`).
        ///
        /// Blocks still open at the end of the input close there. When the input does not end
        /// with a line break, Python places those and ``endOfInput`` at column 0 of the line
        /// after the last. Here they stay at the input's last byte offset.
        case dedent
        /// The end of the input; empty (`ENDMARKER`).
        case endOfInput
        /// Text the tokenizer could not read, such as an unterminated string or a stray `$` (`ERRORTOKEN`).
        case error
    }

    public let kind: Kind
    /// UTF-8 byte offsets in the source.
    public let range: Range<Int>
    public let start: PythonPosition
    public let end: PythonPosition

    public init(kind: Kind, range: Range<Int>, start: PythonPosition, end: PythonPosition) {
        self.kind = kind
        self.range = range
        self.start = start
        self.end = end
    }

    /// True for tokens that carry no code: comments and line breaks that do not end a statement.
    public var isTrivia: Bool {
        kind == .comment || kind == .nonLogicalNewline
    }
}

/// A problem the tokenizer read past, where Python itself would raise a `SyntaxError`.
public struct PythonSyntaxIssue: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A `'` or `"` string that reaches the end of its line.
        case unterminatedString
        /// A triple-quoted string that reaches the end of the input.
        case unterminatedTripleQuotedString
        /// A line indented less than its block but not as far back as any enclosing block.
        case inconsistentDedent
        /// A `)`, `]` or `}` with no open bracket, or closing a bracket of another kind.
        case unmatchedBracket
        /// The input ends inside brackets.
        case unclosedBracket
        /// A character that starts no token, such as `$`, `?` or a NUL byte.
        case unexpectedCharacter
        /// A `\` that is not followed by a line break.
        case strayBackslash
    }

    public let kind: Kind
    public let position: PythonPosition

    public init(kind: Kind, position: PythonPosition) {
        self.kind = kind
        self.position = position
    }
}
