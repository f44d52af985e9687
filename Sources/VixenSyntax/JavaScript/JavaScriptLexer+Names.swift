extension JavaScriptLexer {
    // MARK: - Names

    mutating func scanIdentifierOrKeyword() {
        let start = position
        skipIdentifierParts()
        let text = String(decoding: source[start..<position], as: UTF8.self)
        emit(JavaScriptKeywords.reserved.contains(text) ? .keyword : .identifier, from: start, line: line)
    }

    mutating func scanPrivateName() {
        let start = position
        position += 1
        skipIdentifierParts()
        emit(.privateName, from: start, line: line)
    }

    /// Moves past identifier characters, including `\u0041` and `\u{41}` escapes.
    private mutating func skipIdentifierParts() {
        while position < end {
            let byte = source[position]
            if byte == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") {
                position += 2
                if peek(0) == UInt8(ascii: "{") {
                    while position < end, source[position] != UInt8(ascii: "}"), source[position] != UInt8(ascii: "\n")
                    {
                        position += 1
                    }
                    if peek(0) == UInt8(ascii: "}") {
                        position += 1
                    }
                }
                continue
            }
            guard Self.isIdentifierPart(byte), whitespaceLength(at: position) == 0 else {
                return
            }
            position += 1
        }
    }

    // MARK: - Punctuators

    mutating func scanPunctuatorOrUnknown() {
        // `?.` before a digit is a conditional followed by a number, as in `a?.5:1`.
        if peek(0) == UInt8(ascii: "?"), peek(1) == UInt8(ascii: "."), Self.isDigit(peek(2)) {
            emitPunctuator(length: 1)
            return
        }
        for length in stride(from: JavaScriptPunctuators.maximumLength, through: 1, by: -1)
        where position + length <= end {
            if JavaScriptPunctuators.all.contains(Array(source[position..<position + length])) {
                emitPunctuator(length: length)
                return
            }
        }
        let start = position
        advance()
        emit(.unknown, from: start, line: line)
    }

    // MARK: - Whitespace

    /// Moves past spaces, tabs, line breaks and the Unicode spaces that JavaScript allows.
    mutating func skipWhitespace() {
        while position < end {
            let length = whitespaceLength(at: position)
            guard length > 0 else {
                return
            }
            if source[position] == UInt8(ascii: "\n") {
                line += 1
            }
            position += length
        }
    }

    /// Returns how many bytes of whitespace start at `index`, or 0 when none does.
    ///
    /// Besides ASCII whitespace this covers U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000 and the byte order mark U+FEFF, in UTF-8.
    func whitespaceLength(at index: Int) -> Int {
        let byte = source[index]
        switch byte {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20:
            return 1
        case 0xC2:
            return byteAt(index + 1) == 0xA0 ? 2 : 0
        case 0xE1:
            return byteAt(index + 1) == 0x9A && byteAt(index + 2) == 0x80 ? 3 : 0
        case 0xE2:
            let second = byteAt(index + 1)
            let third = byteAt(index + 2)
            if second == 0x80, (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) {
                return 3
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return byteAt(index + 1) == 0x80 && byteAt(index + 2) == 0x80 ? 3 : 0
        case 0xEF:
            return byteAt(index + 1) == 0xBB && byteAt(index + 2) == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    private func byteAt(_ index: Int) -> UInt8 {
        index < end ? source[index] : 0
    }

    // MARK: - Character classes

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// True for ASCII letters, `$`, `_`, `\` (a Unicode escape) and every non-ASCII byte.
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "$")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "\\") || byte >= 0x80
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "\\") && (isIdentifierStart(byte) || isDigit(byte))
    }
}
