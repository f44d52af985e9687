/// Splits Python source into tokens by the rules of Python's `tokenize` module (Python 3.12).
///
/// It follows the language reference's lexical analysis. It reads names, numbers, comments,
/// operators, and strings with every prefix (`r`, `b`, `u`, `f`, `t` and their combinations).
/// A line break inside brackets or on a blank line is `NL`, any other is `NEWLINE`. `INDENT`
/// and `DEDENT` come from the indentation stack, where a tab advances to the next multiple of
/// 8 columns. `\` continues a line, and lines end at `\n`, `\r\n` or `\r`. An f-string stays one ``PythonToken``
/// even when its replacement fields hold strings with the same quotes, as Python 3.12 allows.
///
/// It never fails: where Python would raise a `SyntaxError`, it records a
/// ``PythonSyntaxIssue``, emits an ``PythonToken/Kind/error`` token where text cannot be read,
/// and goes on. Any byte of 0x80 or above counts as a letter, so names may hold non-ASCII
/// letters and invalid UTF-8 alike. Python's check that tabs and spaces are mixed consistently
/// (`TabError`) is not made.
public struct PythonTokenizer {
    private let source: PythonSource
    private let bytes: [UInt8]
    private var tokens: [PythonToken] = []
    private var issues: [PythonSyntaxIssue] = []
    private var offset = 0
    private var indents = [0]
    private var openBrackets: [UInt8] = []
    private var atLineStart = true

    /// Returns the tokens of `source`, ending with one ``PythonToken/Kind/endOfInput`` token,
    /// and the issues met on the way.
    public static func tokenize(_ source: PythonSource) -> (tokens: [PythonToken], issues: [PythonSyntaxIssue]) {
        var tokenizer = PythonTokenizer(source: source)
        tokenizer.run()
        return (tokenizer.tokens, tokenizer.issues)
    }

    private init(source: PythonSource) {
        self.source = source
        self.bytes = source.bytes
    }

    private mutating func run() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            offset = 3
        }
        while offset < bytes.count {
            if atLineStart && openBrackets.isEmpty {
                startLine()
                continue
            }
            skipWhitespace()
            if offset < bytes.count {
                scanToken()
            }
        }
        finish()
    }

    // MARK: - Lines and indentation

    /// Reads the indentation of a new line; emits the blank or comment-only line whole, or the
    /// `INDENT` and `DEDENT` tokens the line's column calls for.
    private mutating func startLine() {
        let lineStart = offset
        var column = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 {
                column += 1
            } else if byte == 0x09 {
                column = (column / 8 + 1) * 8
            } else if byte == 0x0C {
                // A form feed resets the column, as in CPython's tokenizer.
                column = 0
            } else {
                break
            }
            offset += 1
        }
        guard offset < bytes.count else {
            return
        }
        if bytes[offset] == UInt8(ascii: "#") {
            scanComment()
            if offset < bytes.count {
                scanLineBreak(kind: .nonLogicalNewline)
            } else {
                emit(.nonLogicalNewline, from: offset)
            }
            return
        }
        if isLineBreak(bytes[offset]) {
            scanLineBreak(kind: .nonLogicalNewline)
            return
        }
        indent(to: column, lineStart: lineStart)
        atLineStart = false
    }

    private mutating func indent(to column: Int, lineStart: Int) {
        let current = indents.last ?? 0
        if column > current {
            indents.append(column)
            emit(.indent, from: lineStart)
            return
        }
        while let last = indents.last, column < last {
            indents.removeLast()
            emit(.dedent, from: offset)
        }
        if let last = indents.last, column != last {
            record(.inconsistentDedent, at: offset)
        }
    }

    /// Closes the last logical line and every open block, then marks the end.
    private mutating func finish() {
        if !openBrackets.isEmpty {
            record(.unclosedBracket, at: bytes.count)
        }
        if !atLineStart || !openBrackets.isEmpty {
            emit(.newline, from: bytes.count)
        }
        while indents.count > 1 {
            indents.removeLast()
            emit(.dedent, from: bytes.count)
        }
        emit(.endOfInput, from: bytes.count)
    }

    // MARK: - Tokens

    private mutating func skipWhitespace() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0C {
            offset += 1
        }
    }

    private mutating func scanToken() {
        let byte = bytes[offset]
        if isLineBreak(byte) {
            let endsStatement = openBrackets.isEmpty
            scanLineBreak(kind: endsStatement ? .newline : .nonLogicalNewline)
            atLineStart = endsStatement
        } else if byte == UInt8(ascii: "#") {
            scanComment()
        } else if byte == UInt8(ascii: "\\") {
            scanBackslash()
        } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            scanString(start: offset, quote: offset)
        } else if Self.isNameStart(byte) {
            scanNameOrPrefixedString()
        } else if Self.isDigit(byte) || (byte == UInt8(ascii: ".") && Self.isDigit(peek(1))) {
            scanNumber()
        } else {
            scanOperator()
        }
    }

    private mutating func scanLineBreak(kind: PythonToken.Kind) {
        let start = offset
        offset += bytes[offset] == 0x0D && peek(1) == 0x0A ? 2 : 1
        emit(kind, from: start)
    }

    private mutating func scanComment() {
        let start = offset
        while offset < bytes.count, !isLineBreak(bytes[offset]) {
            offset += 1
        }
        emit(.comment, from: start)
    }

    /// Joins the next line to this one, or reports a backslash that is not at a line's end.
    private mutating func scanBackslash() {
        let next = peek(1)
        if next == 0x0A || next == 0x0D {
            offset += next == 0x0D && peek(2) == 0x0A ? 3 : 2
            return
        }
        record(.strayBackslash, at: offset)
        let start = offset
        offset += 1
        emit(.error, from: start)
    }

    private mutating func scanNameOrPrefixedString() {
        let start = offset
        while offset < bytes.count, Self.isNameContinuation(bytes[offset]) {
            offset += 1
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "'") || bytes[offset] == UInt8(ascii: "\""),
            PythonStringPrefix(bytes[start..<offset]) != nil
        {
            scanString(start: start, quote: offset)
            return
        }
        emit(.name, from: start)
    }

    private mutating func scanString(start: Int, quote: Int) {
        let formatted = start < quote && PythonStringPrefix(bytes[start..<quote])?.isFormatted == true
        let scan = PythonStringScanner(bytes: bytes).scan(quote: quote, formatted: formatted)
        offset = scan.end
        guard scan.isTerminated else {
            record(scan.isTripleQuoted ? .unterminatedTripleQuotedString : .unterminatedString, at: start)
            emit(.error, from: start)
            return
        }
        emit(.string, from: start)
    }

    /// Reads a decimal, hexadecimal, octal or binary integer, a float or an imaginary number.
    ///
    /// Letters that cannot continue the number end it, so `1if` reads as `1` then `if`, as in Python.
    private mutating func scanNumber() {
        let start = offset
        if bytes[offset] == UInt8(ascii: "0"), let base = peek(1), "xXoObB".utf8.contains(base) {
            offset += 2
            skip(while: { Self.isHexDigit($0) || $0 == UInt8(ascii: "_") })
            emit(.number, from: start)
            return
        }
        skip(while: { Self.isDigit($0) || $0 == UInt8(ascii: "_") })
        if peek(0) == UInt8(ascii: ".") {
            offset += 1
            skip(while: { Self.isDigit($0) || $0 == UInt8(ascii: "_") })
        }
        if let exponent = peek(0), exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
            if Self.isDigit(peek(1 + sign)) {
                offset += 1 + sign
                skip(while: { Self.isDigit($0) || $0 == UInt8(ascii: "_") })
            }
        }
        if let imaginary = peek(0), imaginary == UInt8(ascii: "j") || imaginary == UInt8(ascii: "J") {
            offset += 1
        }
        emit(.number, from: start)
    }

    private mutating func scanOperator() {
        let start = offset
        guard let length = PythonOperators.length(in: bytes, at: offset) else {
            record(.unexpectedCharacter, at: offset)
            offset += 1
            emit(.error, from: start)
            return
        }
        offset += length
        if length == 1 {
            trackBracket(bytes[start], at: start)
        }
        emit(.operator, from: start)
    }

    private mutating func trackBracket(_ byte: UInt8, at position: Int) {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            openBrackets.append(byte)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            guard let open = openBrackets.popLast() else {
                record(.unmatchedBracket, at: position)
                return
            }
            if PythonOperators.closing(of: open) != byte {
                record(.unmatchedBracket, at: position)
            }
        default:
            break
        }
    }

    // MARK: - Helpers

    private mutating func emit(_ kind: PythonToken.Kind, from start: Int) {
        tokens.append(
            PythonToken(
                kind: kind, range: start..<offset, start: source.position(of: start), end: source.position(of: offset)))
    }

    private mutating func record(_ kind: PythonSyntaxIssue.Kind, at position: Int) {
        issues.append(PythonSyntaxIssue(kind: kind, position: source.position(of: position)))
    }

    private func peek(_ distance: Int) -> UInt8? {
        let index = offset + distance
        return index < bytes.count ? bytes[index] : nil
    }

    private mutating func skip(while predicate: (UInt8) -> Bool) {
        while offset < bytes.count, predicate(bytes[offset]) {
            offset += 1
        }
    }

    private func isLineBreak(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    static func isNameContinuation(_ byte: UInt8) -> Bool {
        isNameStart(byte) || isDigit(byte)
    }

    static func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else {
            return false
        }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }
}
