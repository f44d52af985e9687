/// A string or bytes literal token decoded to its value.
///
/// Escapes follow the language reference: `\\`, `\'`, `\"`, `\a`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// `\v`, octal `\ooo`, `\xhh`, and in text (not bytes) `\uXXXX` and `\UXXXXXXXX`. A backslash
/// before a line break removes both. `\N{name}` and unknown escapes are kept as written, with
/// their backslash, because naming Unicode characters needs Python's character database. A raw
/// string keeps every backslash.
public struct PythonStringLiteral: Sendable, Hashable {
    public let prefix: PythonStringPrefix
    /// The value as UTF-8 for text, or the bytes of a bytes literal.
    public let value: [UInt8]

    /// Decodes one string token's bytes, or returns nil when they are not a whole literal.
    public init?(_ token: ArraySlice<UInt8>) {
        guard let quoteIndex = token.firstIndex(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") }),
            let prefix = PythonStringPrefix(token[token.startIndex..<quoteIndex])
        else {
            return nil
        }
        let quote = token[quoteIndex]
        let rest = token[quoteIndex...]
        let quoteLength = rest.starts(with: [quote, quote, quote]) && rest.count >= 6 ? 3 : 1
        guard rest.count >= 2 * quoteLength, token.last == quote else {
            return nil
        }
        let content = token[(quoteIndex + quoteLength)..<(token.endIndex - quoteLength)]
        self.prefix = prefix
        self.value = prefix.isRaw ? Array(content) : Self.decodeEscapes(content, isBytes: prefix.isBytes)
    }

    /// The value as text, with invalid UTF-8 decoded as U+FFFD.
    public var text: String {
        String(decoding: value, as: UTF8.self)
    }

    private static func decodeEscapes(_ content: ArraySlice<UInt8>, isBytes: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count)
        var index = content.startIndex
        while index < content.endIndex {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < content.endIndex else {
                output.append(byte)
                index += 1
                continue
            }
            index = decodeEscape(content, backslash: index, isBytes: isBytes, into: &output)
        }
        return output
    }

    /// Appends the value of the escape at `backslash` and returns the index after it.
    private static func decodeEscape(
        _ content: ArraySlice<UInt8>, backslash: Int, isBytes: Bool, into output: inout [UInt8]
    ) -> Int {
        let next = content[backslash + 1]
        if let simple = simpleEscapes[next] {
            output.append(simple)
            return backslash + 2
        }
        switch next {
        case 0x0A:
            return backslash + 2
        case 0x0D:
            return backslash + 2 + (backslash + 2 < content.endIndex && content[backslash + 2] == 0x0A ? 1 : 0)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            let digits = content[(backslash + 1)...].prefix(3).prefix { $0 >= 0x30 && $0 <= 0x37 }
            append(UInt32(String(decoding: digits, as: UTF8.self), radix: 8) ?? 0, isBytes: isBytes, to: &output)
            return backslash + 1 + digits.count
        case UInt8(ascii: "x"):
            return hexEscape(content, backslash: backslash, length: 2, isBytes: isBytes, into: &output)
        case UInt8(ascii: "u") where !isBytes:
            return hexEscape(content, backslash: backslash, length: 4, isBytes: false, into: &output)
        case UInt8(ascii: "U") where !isBytes:
            return hexEscape(content, backslash: backslash, length: 8, isBytes: false, into: &output)
        default:
            output += [UInt8(ascii: "\\"), next]
            return backslash + 2
        }
    }

    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "'"): UInt8(ascii: "'"),
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        UInt8(ascii: "v"): 0x0B,
    ]

    /// Decodes `\x`, `\u` or `\U` with exactly `length` hex digits; a short one is kept as written.
    private static func hexEscape(
        _ content: ArraySlice<UInt8>, backslash: Int, length: Int, isBytes: Bool, into output: inout [UInt8]
    ) -> Int {
        let digitsStart = backslash + 2
        let digits = content[digitsStart...].prefix(length)
        guard digits.count == length, let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16) else {
            output += content[backslash..<digitsStart]
            return digitsStart
        }
        append(value, isBytes: isBytes, to: &output)
        return digitsStart + length
    }

    /// Appends a code point as UTF-8, or as one byte in a bytes literal.
    private static func append(_ value: UInt32, isBytes: Bool, to output: inout [UInt8]) {
        if isBytes {
            output.append(UInt8(truncatingIfNeeded: value))
            return
        }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        output += Array(String(Character(scalar)).utf8)
    }
}
