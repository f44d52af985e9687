extension JavaScriptLexer {
    // MARK: - Comments

    /// Reads a comment up to, not including, the end of its line.
    mutating func scanLineComment() {
        let start = position
        while position < end, source[position] != UInt8(ascii: "\n") {
            position += 1
        }
        emit(.lineComment, from: start, line: line)
    }

    mutating func scanBlockComment() {
        let start = position
        let startLine = line
        position += 2
        while position < end {
            if source[position] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                position += 2
                emit(.blockComment, from: start, line: startLine)
                return
            }
            advance()
        }
        emit(.blockComment, from: start, line: startLine, isTerminated: false)
    }

    // MARK: - Strings and templates

    /// Reads a quoted string; an unescaped line break ends it unterminated, before the break.
    mutating func scanString(quote: UInt8) {
        let start = position
        let startLine = line
        position += 1
        while position < end {
            let byte = source[position]
            if byte == quote {
                position += 1
                emit(.string, from: start, line: startLine)
                return
            }
            if byte == UInt8(ascii: "\n") {
                break
            }
            if byte == UInt8(ascii: "\\"), position + 1 < end {
                // An escaped line break continues the string on the next line.
                position += 1
            }
            advance()
        }
        emit(.string, from: start, line: startLine, isTerminated: false)
    }

    /// Reads template text from a `` ` `` or from the `}` that closes a substitution, up to the
    /// closing `` ` `` or the next `${`.
    ///
    /// - Parameter opening: ``JavaScriptToken/Kind/noSubstitutionTemplate`` when at a `` ` ``,
    ///   ``JavaScriptToken/Kind/templateTail`` when at a `}`; the token read is that kind or the
    ///   matching head or middle.
    mutating func scanTemplate(opening: JavaScriptToken.Kind) {
        let start = position
        let startLine = line
        let startsLiteral = opening == .noSubstitutionTemplate
        if !startsLiteral {
            openSubstitutions.removeLast()
        }
        position += 1
        while position < end {
            let byte = source[position]
            if byte == UInt8(ascii: "`") {
                position += 1
                emit(startsLiteral ? .noSubstitutionTemplate : .templateTail, from: start, line: startLine)
                return
            }
            if byte == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{") {
                position += 2
                openSubstitutions.append(0)
                emit(startsLiteral ? .templateHead : .templateMiddle, from: start, line: startLine)
                return
            }
            if byte == UInt8(ascii: "\\"), position + 1 < end {
                advance()
            }
            advance()
        }
        emit(startsLiteral ? .noSubstitutionTemplate : .templateTail, from: start, line: startLine, isTerminated: false)
    }

    // MARK: - Regular expressions

    /// Reads a regular expression literal and its flags, or returns false without moving when
    /// no closing `/` follows on the same line.
    mutating func scanRegularExpression() -> Bool {
        var index = position + 1
        var inClass = false
        while index < end {
            let byte = source[index]
            if byte == UInt8(ascii: "\n") {
                return false
            }
            if byte == UInt8(ascii: "\\") {
                // A regular expression cannot continue on the next line, even after a backslash.
                if index + 1 < end, source[index + 1] == UInt8(ascii: "\n") {
                    return false
                }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "[") {
                inClass = true
            } else if byte == UInt8(ascii: "]") {
                inClass = false
            } else if byte == UInt8(ascii: "/"), !inClass {
                break
            }
            index += 1
        }
        guard index < end else {
            return false
        }
        let start = position
        position = index + 1
        while position < end, Self.isIdentifierPart(source[position]) {
            position += 1
        }
        emit(.regularExpression, from: start, line: line)
        return true
    }

    // MARK: - Numbers

    /// Reads a numeric literal: decimal with fraction and exponent, or `0x`, `0o` and `0b`
    /// integers, each with `_` separators and an optional BigInt `n`.
    mutating func scanNumber() {
        let start = position
        let prefix = peek(1) | 0x20
        if source[position] == UInt8(ascii: "0"),
            prefix == UInt8(ascii: "x") || prefix == UInt8(ascii: "o")
                || prefix == UInt8(ascii: "b")
        {
            position += 2
            while position < end, Self.isHexDigit(source[position]) || source[position] == UInt8(ascii: "_") {
                position += 1
            }
        } else {
            skipDigits()
            if peek(0) == UInt8(ascii: ".") {
                position += 1
                skipDigits()
            }
            let exponentSign = peek(1)
            if peek(0) | 0x20 == UInt8(ascii: "e"),
                Self.isDigit(exponentSign)
                    || ((exponentSign == UInt8(ascii: "+") || exponentSign == UInt8(ascii: "-"))
                        && Self.isDigit(peek(2)))
            {
                position += Self.isDigit(exponentSign) ? 1 : 2
                skipDigits()
            }
        }
        if peek(0) == UInt8(ascii: "n") {
            position += 1
        }
        emit(.number, from: start, line: line)
    }

    private mutating func skipDigits() {
        while position < end, Self.isDigit(source[position]) || source[position] == UInt8(ascii: "_") {
            position += 1
        }
    }
}
