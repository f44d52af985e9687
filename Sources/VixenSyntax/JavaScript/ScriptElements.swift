/// Finds the `<script>` elements of a single-file component (`.vue`, `.svelte`) or an HTML page.
///
/// Only what a lexer needs is read: where each element's content starts and ends, and on which
/// line. Attributes are skipped with their quoted values, HTML comments are skipped, and a
/// `<script>` without a closing tag runs to the end of the file.
public enum ScriptElements {
    /// The content of one `<script>` element.
    public struct Content: Sendable, Equatable {
        /// The bytes between the opening tag's `>` and the closing tag's `<`.
        public let range: Range<Int>
        /// The 1-based line where ``range`` starts.
        public let firstLine: Int

        public init(range: Range<Int>, firstLine: Int) {
            self.range = range
            self.firstLine = firstLine
        }
    }

    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)
    private static let scriptOpening = Array("<script".utf8)
    private static let scriptClosing = Array("</script".utf8)

    /// Returns the content of every `<script>` element in `source`, in file order.
    public static func contents(in source: [UInt8]) -> [Content] {
        var result: [Content] = []
        var index = 0
        var line = 1
        while index < source.count {
            if startsWith(source, at: index, commentOpening) {
                let close = find(source, commentClosing, from: index + 4) ?? source.count
                line += newlineCount(source, index..<close)
                index = min(source.count, close + 3)
                continue
            }
            guard startsWith(source, at: index, scriptOpening), isTagNameEnd(source, at: index + 7) else {
                if source[index] == UInt8(ascii: "\n") {
                    line += 1
                }
                index += 1
                continue
            }
            guard let tagEnd = openingTagEnd(source, from: index + 7) else {
                return result
            }
            line += newlineCount(source, index..<tagEnd)
            let contentStart = tagEnd + 1
            if source[tagEnd - 1] == UInt8(ascii: "/") {
                index = contentStart
                continue
            }
            let contentEnd = find(source, scriptClosing, from: contentStart) ?? source.count
            result.append(Content(range: contentStart..<contentEnd, firstLine: line))
            line += newlineCount(source, contentStart..<contentEnd)
            index = contentEnd
        }
        return result
    }

    /// Returns the index of the `>` that ends an opening tag, skipping quoted attribute values.
    private static func openingTagEnd(_ source: [UInt8], from start: Int) -> Int? {
        var index = start
        var quote: UInt8?
        while index < source.count {
            let byte = source[index]
            if let open = quote {
                if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// True when the tag name ends at `index`: whitespace, `>`, `/` or the end of the source.
    private static func isTagNameEnd(_ source: [UInt8], at index: Int) -> Bool {
        guard index < source.count else {
            return true
        }
        return [UInt8(ascii: " "), 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(source[index])
    }

    /// Compares ASCII letters without regard to case, as HTML compares tag names.
    private static func startsWith(_ source: [UInt8], at index: Int, _ bytes: [UInt8]) -> Bool {
        guard index + bytes.count <= source.count else {
            return false
        }
        for (offset, expected) in bytes.enumerated() {
            let actual = source[index + offset]
            let folded = actual >= UInt8(ascii: "A") && actual <= UInt8(ascii: "Z") ? actual | 0x20 : actual
            if folded != expected {
                return false
            }
        }
        return true
    }

    private static func find(_ source: [UInt8], _ text: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < source.count {
            if startsWith(source, at: index, text) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func newlineCount(_ source: [UInt8], _ range: Range<Int>) -> Int {
        source[range.clamped(to: 0..<source.count)].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
