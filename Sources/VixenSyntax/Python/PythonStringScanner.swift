/// Finds where a string literal ends, given the offset of its opening quote.
///
/// A backslash always keeps the next character from ending the string, raw strings included,
/// as the language reference specifies. A `'` or `"` string ends at the first line break that
/// no backslash escapes. In an f-string, `{{` and `}}` are literal braces, and a replacement
/// field is read as an expression. Brackets nest in it, and strings inside it are read whole,
/// even with the f-string's own quotes, which Python 3.12 allows. A `:` at bracket depth 0
/// starts the format specification, whose text is literal apart from nested `{...}` fields.
struct PythonStringScanner {
    struct Result {
        /// The offset just past the closing quote, or where reading stopped.
        let end: Int
        let isTerminated: Bool
        let isTripleQuoted: Bool
    }

    let bytes: [UInt8]

    func scan(quote: Int, formatted: Bool) -> Result {
        let quoteByte = bytes[quote]
        let isTriple = quote + 2 < bytes.count && bytes[quote + 1] == quoteByte && bytes[quote + 2] == quoteByte
        var index = quote + (isTriple ? 3 : 1)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index = afterEscape(index, formatted: formatted)
            } else if byte == quoteByte {
                if !isTriple {
                    return Result(end: index + 1, isTerminated: true, isTripleQuoted: false)
                }
                if closesTriple(at: index, quote: quoteByte) {
                    return Result(end: index + 3, isTerminated: true, isTripleQuoted: true)
                }
                index += 1
            } else if (byte == 0x0A || byte == 0x0D) && !isTriple {
                return Result(end: index, isTerminated: false, isTripleQuoted: false)
            } else if formatted && byte == UInt8(ascii: "{") {
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "{") {
                    index += 2
                } else {
                    index = endOfField(from: index + 1, quote: quoteByte, isTriple: isTriple)
                }
            } else {
                index += 1
            }
        }
        return Result(end: bytes.count, isTerminated: false, isTripleQuoted: isTriple)
    }

    /// Returns the offset after a backslash and the character it escapes.
    ///
    /// In an f-string, `\{` and `\}` skip only the backslash, so the brace still opens or
    /// closes a field.
    private func afterEscape(_ index: Int, formatted: Bool) -> Int {
        guard index + 1 < bytes.count else {
            return bytes.count
        }
        let next = bytes[index + 1]
        if formatted && (next == UInt8(ascii: "{") || next == UInt8(ascii: "}")) {
            return index + 1
        }
        if next == 0x0D && index + 2 < bytes.count && bytes[index + 2] == 0x0A {
            return index + 3
        }
        return index + 2
    }

    private func closesTriple(at index: Int, quote: UInt8) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
    }

    /// Returns the offset after the `}` that closes the replacement field starting at `start`.
    ///
    /// When the field is cut short by the enclosing string's closing quote or line break, it
    /// returns that offset instead, so the caller ends or rejects the string.
    private func endOfField(from start: Int, quote: UInt8, isTriple: Bool) -> Int {
        var index = start
        var depth = 0
        var inFormatSpecification = false
        while index < bytes.count {
            let byte = bytes[index]
            if inFormatSpecification {
                if byte == UInt8(ascii: "{") {
                    index = endOfField(from: index + 1, quote: quote, isTriple: isTriple)
                    continue
                }
                if byte == UInt8(ascii: "}") {
                    return index + 1
                }
                if endsEnclosingString(at: index, quote: quote, isTriple: isTriple) {
                    return index
                }
                index += byte == UInt8(ascii: "\\") ? 2 : 1
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                let nested = scan(quote: index, formatted: nestedStringIsFormatted(quote: index, fieldStart: start))
                guard nested.isTerminated else {
                    return nested.end
                }
                index = nested.end
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "}"):
                if depth == 0 {
                    return index + 1
                }
                depth -= 1
            case UInt8(ascii: ":"):
                inFormatSpecification = depth == 0
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    index += 1
                }
                continue
            default:
                break
            }
            index += 1
        }
        return bytes.count
    }

    /// Returns whether the byte at `index` is the enclosing string's closing quote, or a line
    /// break that ends a `'` or `"` string.
    private func endsEnclosingString(at index: Int, quote: UInt8, isTriple: Bool) -> Bool {
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D {
            return !isTriple
        }
        guard byte == quote else {
            return false
        }
        return !isTriple || closesTriple(at: index, quote: quote)
    }

    /// Returns whether the letters right before the quote at `quote` make an f- or t-string prefix.
    private func nestedStringIsFormatted(quote: Int, fieldStart: Int) -> Bool {
        var start = quote
        while start > fieldStart, PythonTokenizer.isNameContinuation(bytes[start - 1]) {
            start -= 1
        }
        return PythonStringPrefix(bytes[start..<quote])?.isFormatted ?? false
    }
}
