/// Go source with comments and string contents blanked out, so a search for code finds none
/// inside them.
///
/// `//` and `/* */` comments become spaces, and so do the contents of `'...'`, `"..."` and
/// backtick strings, whose quotes stay. A backtick string is raw, so a backslash in it escapes
/// nothing. Line breaks are kept, so offsets and line numbers match the original.
struct GoSource {
    /// The original text's bytes.
    let original: [UInt8]
    /// The blanked bytes, the same length as ``original``.
    let code: [UInt8]

    init(_ bytes: [UInt8]) {
        original = bytes
        var output = bytes
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "/") && next == UInt8(ascii: "/") {
                index = Self.blankLineComment(&output, from: index)
            } else if byte == UInt8(ascii: "/") && next == UInt8(ascii: "*") {
                index = Self.blankBlockComment(&output, from: index)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                let escapes = byte != UInt8(ascii: "`")
                index = Self.blankString(&output, quoteAt: index, escapes: escapes)
            } else {
                index += 1
            }
        }
        code = output
    }

    /// Returns the 1-based line of a byte offset.
    func line(of offset: Int) -> Int {
        1 + original[..<min(offset, original.count)].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// Returns the offset of the bracket that closes the one at `open`, or nil.
    func matchingBracket(_ open: Int) -> Int? {
        let opening = code[open]
        let closing: UInt8 = opening == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
        var depth = 0
        var index = open
        while index < code.count {
            if code[index] == opening {
                depth += 1
            } else if code[index] == closing {
                depth -= 1
                if depth == 0 {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// Returns the offsets where `word` occurs as a whole word in the code.
    func occurrences(of word: String) -> [Int] {
        let needle = Array(word.utf8)
        guard !needle.isEmpty, needle.count <= code.count else {
            return []
        }
        var result: [Int] = []
        for start in 0...(code.count - needle.count) where code[start] == needle[0] {
            guard code[start..<(start + needle.count)].elementsEqual(needle) else {
                continue
            }
            let before = start > 0 ? code[start - 1] : 0x20
            let after = start + needle.count < code.count ? code[start + needle.count] : 0x20
            if !Self.isWordByte(before) && !Self.isWordByte(after) {
                result.append(start)
            }
        }
        return result
    }

    /// Returns the offset of the first byte at or after `index` that is not whitespace.
    func skipWhitespace(from index: Int) -> Int {
        var index = index
        while index < code.count,
            code[index] == 0x20 || code[index] == 0x09 || code[index] == 0x0A || code[index] == 0x0D
        {
            index += 1
        }
        return index
    }

    /// Returns whether the code at `index` starts with `text`.
    func hasText(_ text: String, at index: Int) -> Bool {
        let bytes = Array(text.utf8)
        return index >= 0 && index + bytes.count <= code.count
            && code[index..<(index + bytes.count)].elementsEqual(bytes)
    }

    /// Returns the code between two offsets with its whitespace collapsed.
    func compactCode(_ range: Range<Int>) -> String {
        String(decoding: code[range], as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80
    }

    private static func blankLineComment(_ output: inout [UInt8], from start: Int) -> Int {
        var index = start
        while index < output.count, output[index] != 0x0A {
            output[index] = 0x20
            index += 1
        }
        return index
    }

    private static func blankBlockComment(_ output: inout [UInt8], from start: Int) -> Int {
        var index = start
        while index < output.count {
            let closes =
                output[index] == UInt8(ascii: "*") && index + 1 < output.count
                && output[index + 1] == UInt8(ascii: "/")
            if output[index] != 0x0A {
                output[index] = 0x20
            }
            if closes {
                output[index + 1] = 0x20
                return index + 2
            }
            index += 1
        }
        return index
    }

    private static func blankString(_ output: inout [UInt8], quoteAt start: Int, escapes: Bool) -> Int {
        let quote = output[start]
        var index = start + 1
        while index < output.count {
            let byte = output[index]
            if byte == quote {
                return index + 1
            }
            if byte == 0x0A && quote != UInt8(ascii: "`") {
                return index
            }
            if escapes && byte == UInt8(ascii: "\\") && index + 1 < output.count {
                output[index] = 0x20
                if output[index + 1] != 0x0A {
                    output[index + 1] = 0x20
                }
                index += 2
                continue
            }
            if byte != 0x0A {
                output[index] = 0x20
            }
            index += 1
        }
        return index
    }
}
