/// Splits PostgreSQL text into tokens the way psql reads a script before sending it.
///
/// It follows PostgreSQL's lexical rules for everything that decides where a statement ends.
/// Those are standard-conforming strings (`'…'` with `''` for a quote, backslashes kept as they
/// are), escape strings (`E'…'`, where a backslash escapes the next character), dollar-quoted
/// bodies (`$$…$$`, `$tag$…$tag$`), quoted identifiers, nested `/* */` comments and `--` comments.
/// psql meta-commands (`\connect app`) become one token each.
///
/// The lexer never fails. A string, quoted identifier or comment left open runs to the end of the
/// text, and any other byte it cannot place becomes an `unknown` token. Work is linear in the
/// length of the text.
struct SQLLexer {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Returns the tokens of `sql` in order.
    static func tokenize(_ sql: String) -> [SQLToken] {
        var lexer = SQLLexer(bytes: Array(sql.utf8))
        var tokens: [SQLToken] = []
        while let token = lexer.nextToken() {
            tokens.append(token)
        }
        return tokens
    }

    private mutating func nextToken() -> SQLToken? {
        skipSpaceAndComments()
        guard let byte = peek() else {
            return nil
        }
        let start = position
        let startLine = line

        var kind = SQLToken.Kind.unknown
        var isTerminated = true
        switch byte {
        case SQLBytes.quote:
            kind = .string
            isTerminated = scanQuoted(by: SQLBytes.quote, backslashEscapes: false)
        case SQLBytes.doubleQuote:
            kind = .quotedIdentifier
            isTerminated = scanQuoted(by: SQLBytes.doubleQuote, backslashEscapes: false)
        case SQLBytes.dollar:
            (kind, isTerminated) = scanDollar()
        case SQLBytes.backslash:
            kind = .metaCommand
            scanMetaCommand()
        case SQLBytes.colon:
            kind = scanColon()
        default:
            if let prefixed = scanPrefixedQuote(startingWith: byte) {
                (kind, isTerminated) = prefixed
            } else if let punctuation = SQLBytes.punctuation(byte) {
                kind = punctuation
                advance()
            } else {
                kind = scanUnprefixed(startingWith: byte)
            }
        }

        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return SQLToken(
            kind: kind, text: text, value: Self.value(of: kind, text: text), line: startLine,
            isTerminated: isTerminated)
    }

    /// Scans a token that no quote, dollar sign, backslash, colon or punctuation starts.
    private mutating func scanUnprefixed(startingWith byte: UInt8) -> SQLToken.Kind {
        if SQLBytes.isDigit(byte) || (byte == SQLBytes.dot && peek(1).map(SQLBytes.isDigit) == true) {
            scanNumber()
            return .number
        }
        if byte == SQLBytes.dot {
            advance()
            return .dot
        }
        if SQLBytes.isIdentifierStart(byte) {
            while let next = peek(), SQLBytes.isIdentifierPart(next) {
                advance()
            }
            return .word
        }
        if SQLBytes.isOperatorCharacter(byte) {
            scanOperator()
            return .operator
        }
        advance()
        return .unknown
    }

    // MARK: - Space and comments

    private mutating func skipSpaceAndComments() {
        while let byte = peek() {
            if SQLBytes.isSpace(byte) {
                advance()
            } else if byte == SQLBytes.minus && peek(1) == SQLBytes.minus {
                while let next = peek(), next != SQLBytes.lineFeed {
                    advance()
                }
            } else if byte == SQLBytes.slash && peek(1) == SQLBytes.asterisk {
                skipBlockComment()
            } else {
                return
            }
        }
    }

    /// Skips a block comment, which PostgreSQL lets nest, up to its matching `*/` or the end.
    private mutating func skipBlockComment() {
        var depth = 0
        while let byte = peek() {
            if byte == SQLBytes.slash && peek(1) == SQLBytes.asterisk {
                depth += 1
                advance(2)
            } else if byte == SQLBytes.asterisk && peek(1) == SQLBytes.slash {
                depth -= 1
                advance(2)
                if depth == 0 {
                    return
                }
            } else {
                advance()
            }
        }
    }

    // MARK: - Strings and quoted identifiers

    /// Scans from an opening `quote` to its closing one, where a doubled quote is one quote character.
    ///
    /// Returns false when the text ends first. With `backslashEscapes`, a backslash takes the next
    /// byte literally, as in `E'it\'s'`.
    private mutating func scanQuoted(by quote: UInt8, backslashEscapes: Bool) -> Bool {
        advance()
        while let byte = peek() {
            if backslashEscapes && byte == SQLBytes.backslash {
                advance(peek(1) == nil ? 1 : 2)
            } else if byte == quote {
                advance()
                guard peek() == quote else {
                    return true
                }
                advance()
            } else {
                advance()
            }
        }
        return false
    }

    /// Scans a string or identifier with a letter prefix: `E'…'`, `B'…'`, `X'…'`, `N'…'`,
    /// `U&'…'` or `U&"…"`, or returns nil when `byte` does not start one.
    private mutating func scanPrefixedQuote(startingWith byte: UInt8) -> (SQLToken.Kind, Bool)? {
        let letter = SQLBytes.lowercased(byte)
        if peek(1) == SQLBytes.quote
            && [SQLBytes.letterE, SQLBytes.letterB, SQLBytes.letterX, SQLBytes.letterN].contains(letter)
        {
            advance()
            return (.string, scanQuoted(by: SQLBytes.quote, backslashEscapes: letter == SQLBytes.letterE))
        }
        guard letter == SQLBytes.letterU, peek(1) == SQLBytes.ampersand, let quote = peek(2),
            quote == SQLBytes.quote || quote == SQLBytes.doubleQuote
        else {
            return nil
        }
        // NOTE: the \XXXX and \+XXXXXX escapes of a U& identifier are kept as written, so such a
        // name only equals the same spelling, not the plain identifier it decodes to.
        advance(2)
        let kind: SQLToken.Kind = quote == SQLBytes.quote ? .string : .quotedIdentifier
        return (kind, scanQuoted(by: quote, backslashEscapes: false))
    }

    /// Scans a positional parameter (`$1`) or a dollar-quoted body (`$$…$$`, `$fn$…$fn$`).
    ///
    /// A body ends at the first repeat of its opening delimiter, so a function body's semicolons,
    /// quotes and other dollar quotes with different tags stay inside it.
    private mutating func scanDollar() -> (SQLToken.Kind, Bool) {
        if peek(1).map(SQLBytes.isDigit) == true {
            advance()
            while let next = peek(), SQLBytes.isDigit(next) {
                advance()
            }
            return (.parameter, true)
        }
        guard let delimiter = dollarDelimiter() else {
            advance()
            return (.unknown, true)
        }
        advance(delimiter.count)
        while position < bytes.count {
            if bytes[position] == SQLBytes.dollar && hasPrefix(delimiter) {
                advance(delimiter.count)
                return (.string, true)
            }
            advance()
        }
        return (.string, false)
    }

    /// Returns the `$tag$` delimiter that starts at the current `$`, or nil when none does.
    ///
    /// A tag follows identifier rules without `$`: a letter, `_` or non-ASCII byte first, then also digits.
    private func dollarDelimiter() -> ArraySlice<UInt8>? {
        var end = position + 1
        if end < bytes.count, SQLBytes.isIdentifierStart(bytes[end]) {
            while end < bytes.count, SQLBytes.isIdentifierPart(bytes[end]), bytes[end] != SQLBytes.dollar {
                end += 1
            }
        }
        guard end < bytes.count, bytes[end] == SQLBytes.dollar else {
            return nil
        }
        return bytes[position...end]
    }

    private func hasPrefix(_ delimiter: ArraySlice<UInt8>) -> Bool {
        guard bytes.count - position >= delimiter.count else {
            return false
        }
        return bytes[position..<(position + delimiter.count)].elementsEqual(delimiter)
    }

    // MARK: - Other tokens

    /// Scans a psql meta-command to the end of its line.
    ///
    /// `\;` alone is one token, because psql reads it as a statement separator within a line.
    private mutating func scanMetaCommand() {
        if peek(1) == SQLBytes.semicolon {
            advance(2)
            return
        }
        while let next = peek(), next != SQLBytes.lineFeed {
            advance()
        }
    }

    private mutating func scanColon() -> SQLToken.Kind {
        if peek(1) == SQLBytes.colon || peek(1) == SQLBytes.equals {
            advance(2)
            return .operator
        }
        advance()
        return .colon
    }

    /// Scans a decimal, hexadecimal (`0x`), octal (`0o`) or binary (`0b`) number with optional `_`
    /// separators, fraction and exponent.
    ///
    /// Letters right after the number start a new token.
    private mutating func scanNumber() {
        if peek() == SQLBytes.digitZero, let base = peek(1).map(SQLBytes.lowercased),
            [SQLBytes.letterX, SQLBytes.letterO, SQLBytes.letterB].contains(base)
        {
            advance(2)
            while let next = peek(), SQLBytes.isIdentifierPart(next), next != SQLBytes.dollar {
                advance()
            }
            return
        }
        skipDigits()
        if peek() == SQLBytes.dot && peek(1) != SQLBytes.dot {
            advance()
            skipDigits()
        }
        guard let exponent = peek(), SQLBytes.lowercased(exponent) == SQLBytes.letterE else {
            return
        }
        let hasSign = peek(1) == SQLBytes.plus || peek(1) == SQLBytes.minus
        if peek(hasSign ? 2 : 1).map(SQLBytes.isDigit) == true {
            advance(hasSign ? 2 : 1)
            skipDigits()
        }
    }

    private mutating func skipDigits() {
        while let next = peek(), SQLBytes.isDigit(next) || next == SQLBytes.underscore {
            advance()
        }
    }

    /// Scans a run of operator characters, stopping where a comment starts inside it.
    private mutating func scanOperator() {
        advance()
        while let next = peek(), SQLBytes.isOperatorCharacter(next) {
            if (next == SQLBytes.minus && peek(1) == SQLBytes.minus)
                || (next == SQLBytes.slash && peek(1) == SQLBytes.asterisk)
            {
                return
            }
            advance()
        }
    }

    // MARK: - Reading bytes

    private func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    /// Moves past `count` bytes, or to the end of the text, counting the line feeds passed.
    private mutating func advance(_ count: Int = 1) {
        let end = min(position + count, bytes.count)
        while position < end {
            if bytes[position] == SQLBytes.lineFeed {
                line += 1
            }
            position += 1
        }
    }

    /// Returns the name a word or quoted identifier resolves to, and `text` for other kinds.
    private static func value(of kind: SQLToken.Kind, text: String) -> String {
        switch kind {
        case .word:
            // Most words are lower case already, and then need no copy.
            guard text.utf8.contains(where: SQLBytes.isUppercase) else {
                return text
            }
            return String(decoding: text.utf8.map(SQLBytes.lowercased), as: UTF8.self)
        case .quotedIdentifier:
            return SQLQuotedIdentifier.content(of: text)
        default:
            return text
        }
    }
}
