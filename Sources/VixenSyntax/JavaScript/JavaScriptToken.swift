/// One token of JavaScript or TypeScript source, located by byte offsets and line numbers.
///
/// Tokens keep offsets into the bytes that were lexed rather than copies of their text, so a
/// whole file lexes with one allocation per token at most.
public struct JavaScriptToken: Sendable, Equatable {
    /// The kinds of tokens, named as the ECMAScript specification names them.
    public enum Kind: Sendable, Equatable, CaseIterable {
        case identifier
        /// A reserved word such as `debugger`, `return` or `typeof`; contextual words such as
        /// `async`, `of` or `type` are identifiers.
        case keyword
        /// A class member name such as `#count`.
        case privateName
        case number
        /// A string in single or double quotes.
        case string
        /// A template literal without substitutions: `` `text` ``.
        case noSubstitutionTemplate
        /// The start of a template literal up to its first substitution: `` `text${ ``.
        case templateHead
        /// The text between two substitutions: `}text${`.
        case templateMiddle
        /// The end of a template literal after its last substitution: `` }text` ``.
        case templateTail
        /// A regular expression literal with its flags: `/a+b/gi`.
        case regularExpression
        case punctuator
        /// A `//` comment, or a `#!` line at the start of the source.
        case lineComment
        /// A `/* */` comment.
        case blockComment
        /// A byte that starts no token, such as a stray `\`.
        case unknown
    }

    public let kind: Kind
    /// The token's bytes in the source that was lexed.
    public let range: Range<Int>
    /// The 1-based line of the token's first byte.
    public let line: Int
    /// The 1-based line of the token's last byte; greater than ``line`` only for comments,
    /// templates and strings with escaped line breaks.
    public let lastLine: Int
    /// False for a string, template, comment or regular expression that the source ends, or a
    /// line ends, before its closing delimiter.
    public let isTerminated: Bool

    public init(kind: Kind, range: Range<Int>, line: Int, lastLine: Int, isTerminated: Bool = true) {
        self.kind = kind
        self.range = range
        self.line = line
        self.lastLine = lastLine
        self.isTerminated = isTerminated
    }

    /// True for comments, which carry no meaning for the program.
    public var isComment: Bool { kind == .lineComment || kind == .blockComment }

    /// Returns the token's text in `source`, the bytes it was lexed from, decoding invalid UTF-8 as U+FFFD.
    public func text(in source: [UInt8]) -> String {
        String(decoding: source[range], as: UTF8.self)
    }
}
