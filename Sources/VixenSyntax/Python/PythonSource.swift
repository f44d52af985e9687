/// Python source code as UTF-8 bytes, with the offsets where its lines start.
///
/// The bytes are kept exactly as given, so a file that is not valid UTF-8 still tokenizes: an
/// invalid byte becomes part of a name, a string or a comment, and only decoding it to `String`
/// replaces it with U+FFFD. Lines end at `\n`, `\r\n` or a lone `\r`, as with Python's universal
/// newlines.
public struct PythonSource: Sendable {
    public let bytes: [UInt8]
    /// The byte offset where each line starts: line `n` (1-based) starts at `lineStarts[n - 1]`.
    public let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A {
                index += 1
            }
            if byte == 0x0A || byte == 0x0D {
                starts.append(index)
            }
        }
        self.lineStarts = starts
    }

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Returns the line and column of a byte offset; an offset past the end maps to the end.
    public func position(of offset: Int) -> PythonPosition {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return PythonPosition(line: low + 1, column: clamped - lineStarts[low])
    }

    /// Returns the text of a byte range, decoding invalid UTF-8 as U+FFFD.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// Returns the text of one line without its line break, or nil for a line the source does not have.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else {
            return nil
        }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D {
            end -= 1
        }
        return text(start..<end)
    }
}

/// A place in Python source: a 1-based line and a 0-based column counted in UTF-8 bytes.
///
/// Python's own `tokenize` counts columns in characters, so the two differ on lines with
/// non-ASCII text before the place.
public struct PythonPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: PythonPosition, rhs: PythonPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
