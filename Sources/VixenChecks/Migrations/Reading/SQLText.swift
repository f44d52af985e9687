/// Reads PostgreSQL migration text far enough to judge a down script and to find where a
/// statement ends: comments, quoted strings and identifiers, and dollar-quoted bodies.
///
/// This is not the statement reader behind ``SQLSafetyLinter``; it only needs to know what is
/// code and where each `;` outside quotes and comments is.
struct SQLText {
    /// The text's bytes with every comment replaced by spaces; line breaks are kept.
    let code: [UInt8]

    init(_ text: String) {
        code = Self.blankComments(Array(text.utf8))
    }

    /// Returns what a down script does.
    ///
    /// Only comments, blanks and `;` are nothing. `SELECT 1` alone is a declared no-op, and a
    /// `DO` block that raises an exception is a raise.
    func shape(firstLine: Int) -> DownShape {
        let statements = self.statements()
        guard let only = statements.first else {
            return .empty
        }
        let normalized = statements.map { Self.normalized($0.text) }
        if normalized.allSatisfy({ $0 == "SELECT 1" }) {
            return .declaredNoOp("SELECT 1")
        }
        if statements.count == 1, normalized[0].hasPrefix("DO "), normalized[0].contains("RAISE EXCEPTION") {
            let firstTextLine = only.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? only.text
            return .raises(statement: firstTextLine.strippingWhitespace(), line: firstLine + only.line - 1)
        }
        return .code
    }

    /// Returns the statements' code, without comments and the `;` that ends each, with their
    /// 1-based first lines; blank statements are left out.
    func statements() -> [(text: String, line: Int)] {
        var result: [(String, Int)] = []
        var start = 0
        var line = 1
        var startLine = 1
        var scanner = QuoteScanner()
        for index in code.indices {
            let byte = code[index]
            let wasQuoted = scanner.isQuoted
            scanner.advance(code, at: index)
            if byte == 0x0A {
                line += 1
            }
            if byte == UInt8(ascii: ";") && !wasQuoted && !scanner.isQuoted {
                Self.append(code[start..<index], line: startLine, to: &result)
                start = index + 1
                startLine = line
            }
        }
        Self.append(code[start..<code.count], line: startLine, to: &result)
        return result
    }

    /// Returns the line, within the text, of the `;` that ends the statement starting on
    /// `line`, or the text's last line when no `;` follows.
    func statementEndLine(startingAt line: Int) -> Int {
        var current = 1
        var scanner = QuoteScanner()
        var lastLine = 1
        for index in code.indices {
            let byte = code[index]
            let wasQuoted = scanner.isQuoted
            scanner.advance(code, at: index)
            if byte == UInt8(ascii: ";") && !wasQuoted && !scanner.isQuoted && current >= line {
                return current
            }
            if byte == 0x0A {
                current += 1
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                lastLine = current
            }
        }
        return max(line, lastLine)
    }

    private static func append(_ bytes: ArraySlice<UInt8>, line: Int, to result: inout [(String, Int)]) {
        var leadingLines = 0
        var first = bytes.startIndex
        while first < bytes.endIndex,
            bytes[first] == 0x0A || bytes[first] == 0x20 || bytes[first] == 0x09
                || bytes[first] == 0x0D
        {
            if bytes[first] == 0x0A {
                leadingLines += 1
            }
            first += 1
        }
        guard first < bytes.endIndex else {
            return
        }
        result.append((String(decoding: bytes[first...], as: UTF8.self), line + leadingLines))
    }

    /// Uppercases and collapses whitespace, so `select  1` reads `SELECT 1`.
    private static func normalized(_ text: String) -> String {
        text.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Replaces `--` and `/* */` comments (which nest in PostgreSQL) with spaces outside quotes.
    private static func blankComments(_ input: [UInt8]) -> [UInt8] {
        var output = input
        var scanner = QuoteScanner()
        var index = 0
        while index < input.count {
            if !scanner.isQuoted, input[index] == UInt8(ascii: "-"), index + 1 < input.count,
                input[index + 1] == UInt8(ascii: "-")
            {
                while index < input.count, input[index] != 0x0A {
                    output[index] = 0x20
                    index += 1
                }
                continue
            }
            if !scanner.isQuoted, input[index] == UInt8(ascii: "/"), index + 1 < input.count,
                input[index + 1] == UInt8(ascii: "*")
            {
                index = blankBlockComment(input, from: index, into: &output)
                continue
            }
            scanner.advance(input, at: index)
            index += 1
        }
        return output
    }

    private static func blankBlockComment(_ input: [UInt8], from start: Int, into output: inout [UInt8]) -> Int {
        var depth = 0
        var index = start
        while index < input.count {
            if input[index] == UInt8(ascii: "/"), index + 1 < input.count, input[index + 1] == UInt8(ascii: "*") {
                depth += 1
                output[index] = 0x20
                output[index + 1] = 0x20
                index += 2
                continue
            }
            if input[index] == UInt8(ascii: "*"), index + 1 < input.count, input[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                output[index] = 0x20
                output[index + 1] = 0x20
                index += 2
                if depth == 0 {
                    return index
                }
                continue
            }
            if input[index] != 0x0A {
                output[index] = 0x20
            }
            index += 1
        }
        return index
    }
}

/// Tracks whether a byte of SQL is inside a `'string'`, a `"identifier"` or a `$tag$` body.
struct QuoteScanner {
    private enum State: Equatable {
        case code
        case single(escapes: Bool)
        case double
        case dollar([UInt8])
    }

    private var state = State.code
    /// Bytes of a closing `$tag$` still to skip.
    private var skip = 0

    var isQuoted: Bool {
        state != .code || skip > 0
    }

    /// Moves past the byte at `index`.
    mutating func advance(_ bytes: [UInt8], at index: Int) {
        if skip > 0 {
            skip -= 1
            return
        }
        let byte = bytes[index]
        switch state {
        case .code:
            startQuote(bytes, at: index)
        case .single(let escapes):
            if escapes && byte == UInt8(ascii: "\\") {
                skip = 1
            } else if byte == UInt8(ascii: "'") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") {
                    skip = 1
                } else {
                    state = .code
                }
            }
        case .double:
            if byte == UInt8(ascii: "\"") {
                state = .code
            }
        case .dollar(let tag):
            if bytes[index...].starts(with: tag) {
                skip = tag.count - 1
                state = .code
            }
        }
    }

    private mutating func startQuote(_ bytes: [UInt8], at index: Int) {
        let byte = bytes[index]
        if byte == UInt8(ascii: "'") {
            let previous = index > 0 ? bytes[index - 1] : 0
            state = .single(escapes: previous == UInt8(ascii: "E") || previous == UInt8(ascii: "e"))
        } else if byte == UInt8(ascii: "\"") {
            state = .double
        } else if byte == UInt8(ascii: "$"), let tag = Self.dollarTag(bytes, at: index) {
            state = .dollar(tag)
            skip = tag.count - 1
        }
    }

    /// Returns `$tag$` or `$$` starting at `index`, or nil when the `$` starts no dollar quote.
    private static func dollarTag(_ bytes: [UInt8], at index: Int) -> [UInt8]? {
        if index > 0, isIdentifierByte(bytes[index - 1]) {
            return nil
        }
        var end = index + 1
        while end < bytes.count, isIdentifierByte(bytes[end]),
            !(bytes[end] >= 0x30 && bytes[end] <= 0x39 && end == index + 1)
        {
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "$") else {
            return nil
        }
        return Array(bytes[index...end])
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
