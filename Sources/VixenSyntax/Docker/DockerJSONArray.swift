/// Reads the JSON array of strings of an instruction in exec form, such as `["npm", "start"]`.
///
/// Written by hand rather than with a JSON library because only this one shape is valid, and
/// anything else (a number, a nested array, trailing text) means the instruction is in shell form.
enum DockerJSONArray {
    /// Returns the strings, or nil when `text` is not exactly one JSON array of strings.
    static func strings(in text: String) -> [String]? {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        return reader.readArray()
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func readArray() -> [String]? {
            skipWhitespace()
            guard consume("[") else {
                return nil
            }
            var items: [String] = []
            skipWhitespace()
            if consume("]") {
                return atEnd() ? items : nil
            }
            while true {
                skipWhitespace()
                guard let item = readString() else {
                    return nil
                }
                items.append(item)
                skipWhitespace()
                if consume("]") {
                    return atEnd() ? items : nil
                }
                guard consume(",") else {
                    return nil
                }
            }
        }

        private mutating func readString() -> String? {
            guard consume("\"") else {
                return nil
            }
            var result = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"":
                    return String(result)
                case "\\":
                    guard let escaped = readEscape() else {
                        return nil
                    }
                    result.append(escaped)
                default:
                    guard scalar.value >= 0x20 else {
                        return nil
                    }
                    result.append(scalar)
                }
            }
            return nil
        }

        private mutating func readEscape() -> Unicode.Scalar? {
            guard index < scalars.count else {
                return nil
            }
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\"", "\\", "/": return scalar
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            case "u": return readHexScalar()
            default: return nil
            }
        }

        /// Reads four hex digits; a surrogate half, which needs its pair, becomes U+FFFD.
        private mutating func readHexScalar() -> Unicode.Scalar? {
            guard index + 4 <= scalars.count else {
                return nil
            }
            let digits = String(String.UnicodeScalarView(scalars[index..<index + 4]))
            guard digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
                return nil
            }
            index += 4
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }

        private mutating func skipWhitespace() {
            while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) {
                index += 1
            }
        }

        private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else {
                return false
            }
            index += 1
            return true
        }

        private mutating func atEnd() -> Bool {
            skipWhitespace()
            return index == scalars.count
        }
    }
}
