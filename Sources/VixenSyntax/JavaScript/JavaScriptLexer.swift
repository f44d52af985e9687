/// Splits JavaScript and TypeScript source into tokens, comments included.
///
/// Lexing cannot fail: text the lexer cannot read becomes ``JavaScriptToken/Kind/unknown`` tokens or
/// unterminated literals, and lexing carries on after them, so JSX text, TypeScript syntax and
/// broken files still give usable tokens on the lines that follow. It reads UTF-8 bytes, and it
/// treats every non-ASCII byte outside whitespace as part of an identifier.
///
/// Two ambiguities of the grammar are settled the usual way for a lexer without a parser:
/// - A `/` starts a regular expression when the previous token cannot end an expression (an
///   operator, `(`, `,`, a keyword such as `return`), and is division after a name, a literal,
///   `)`, `]` or `}`. A `/` that would start a regular expression with no closing `/` on its line
///   is division.
/// - A `}` closes a template substitution when it matches the `${` that opened it, counting the
///   `{` and `}` in between, so templates nest to any depth.
///
/// Lines are counted at `\n` only, as git counts them, so a token's line is the line that a diff
/// of the file shows it on.
public struct JavaScriptLexer {
    let source: [UInt8]
    let end: Int
    var position: Int
    var line: Int
    /// For each template substitution still open, how many `{` inside it are not closed yet.
    var openSubstitutions: [Int] = []
    /// The last token that is not a comment, which decides what a `/` means.
    var previous: JavaScriptToken?
    var tokens: [JavaScriptToken] = []

    /// Returns the tokens of the whole of `source`.
    public static func tokens(in source: [UInt8]) -> [JavaScriptToken] {
        tokens(in: source, range: 0..<source.count, firstLine: 1)
    }

    /// Returns the tokens of `range` in `source`, numbering its first line `firstLine`.
    ///
    /// Token ranges are offsets into the whole of `source`. This lexes a script element of a
    /// `.vue` or `.svelte` file in place, with the line numbers of the file.
    public static func tokens(in source: [UInt8], range: Range<Int>, firstLine: Int) -> [JavaScriptToken] {
        let clamped = range.clamped(to: 0..<source.count)
        var lexer = JavaScriptLexer(
            source: source, end: clamped.upperBound, position: clamped.lowerBound, line: firstLine)
        lexer.run()
        return lexer.tokens
    }

    private mutating func run() {
        // A hashbang line (`#!/usr/bin/env node`) is allowed only as the very first bytes.
        if peek(0) == UInt8(ascii: "#"), peek(1) == UInt8(ascii: "!") {
            scanLineComment()
        }
        while true {
            skipWhitespace()
            guard position < end else {
                return
            }
            let start = position
            scanToken()
            // Every scanner consumes at least one byte; this keeps a mistake in one from looping forever.
            if position == start {
                advance()
                emit(.unknown, from: start, line: line)
            }
        }
    }

    /// Reads one token starting at ``position``, which is not whitespace.
    private mutating func scanToken() {
        let byte = source[position]
        switch byte {
        case UInt8(ascii: "/"):
            scanSlash()
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            scanString(quote: byte)
        case UInt8(ascii: "`"):
            scanTemplate(opening: .noSubstitutionTemplate)
        case UInt8(ascii: "{"):
            if let last = openSubstitutions.indices.last {
                openSubstitutions[last] += 1
            }
            emitPunctuator(length: 1)
        case UInt8(ascii: "}"):
            scanClosingBrace()
        case UInt8(ascii: "#") where Self.isIdentifierStart(peek(1)):
            scanPrivateName()
        case _ where Self.isDigit(byte) || (byte == UInt8(ascii: ".") && Self.isDigit(peek(1))):
            scanNumber()
        case _ where Self.isIdentifierStart(byte) && (byte != UInt8(ascii: "\\") || peek(1) == UInt8(ascii: "u")):
            scanIdentifierOrKeyword()
        default:
            scanPunctuatorOrUnknown()
        }
    }

    private mutating func scanSlash() {
        switch peek(1) {
        case UInt8(ascii: "/"):
            scanLineComment()
        case UInt8(ascii: "*"):
            scanBlockComment()
        default:
            if regularExpressionAllowed, scanRegularExpression() {
                return
            }
            emitPunctuator(length: peek(1) == UInt8(ascii: "=") ? 2 : 1)
        }
    }

    private mutating func scanClosingBrace() {
        guard let last = openSubstitutions.indices.last else {
            emitPunctuator(length: 1)
            return
        }
        if openSubstitutions[last] > 0 {
            openSubstitutions[last] -= 1
            emitPunctuator(length: 1)
        } else {
            scanTemplate(opening: .templateTail)
        }
    }

    /// Whether a `/` here starts a regular expression, judged by the token before it.
    var regularExpressionAllowed: Bool {
        guard let previous else {
            return true
        }
        switch previous.kind {
        case .identifier, .privateName, .number, .string, .noSubstitutionTemplate, .templateTail,
            .regularExpression:
            return false
        case .keyword:
            return !Self.valueKeywords.contains(previous.text(in: source))
        case .punctuator:
            return !Self.expressionEndingPunctuators.contains(previous.text(in: source))
        case .templateHead, .templateMiddle, .lineComment, .blockComment, .unknown:
            return true
        }
    }

    /// Keywords that are values, after which a `/` divides.
    private static let valueKeywords: Set<String> = ["this", "super", "null", "true", "false"]
    /// Punctuators that can end an expression, after which a `/` divides.
    private static let expressionEndingPunctuators: Set<String> = [")", "]", "}", "++", "--"]

    // MARK: - Reading bytes

    /// Returns the byte `offset` bytes ahead of ``position``, or 0 past the end.
    func peek(_ offset: Int) -> UInt8 {
        let index = position + offset
        return index < end ? source[index] : 0
    }

    /// Records a token from `start` to ``position``.
    mutating func emit(_ kind: JavaScriptToken.Kind, from start: Int, line startLine: Int, isTerminated: Bool = true) {
        let lastLine = position > start && source[position - 1] == UInt8(ascii: "\n") ? line - 1 : line
        let token = JavaScriptToken(
            kind: kind, range: start..<position, line: startLine, lastLine: lastLine, isTerminated: isTerminated)
        tokens.append(token)
        if !token.isComment {
            previous = token
        }
    }

    mutating func emitPunctuator(length: Int) {
        let start = position
        position += length
        emit(.punctuator, from: start, line: line)
    }

    /// Moves past one byte, counting a line at `\n`.
    mutating func advance() {
        if source[position] == UInt8(ascii: "\n") {
            line += 1
        }
        position += 1
    }
}
