/// The lines a change adds to one file, as raw bytes with their new-side line numbers.
///
/// All added lines share one buffer, in file order, each with its line ending when it had one.
/// Keeping bytes rather than strings lets a scanner read invalid UTF-8, and one buffer keeps a
/// large history read from allocating once per line.
public struct AddedText: Sendable, Equatable {
    /// One added line: its 1-based number in the new file and where its bytes sit in ``bytes``.
    public struct Line: Sendable, Equatable {
        public let number: Int
        public let range: Range<Int>

        public init(number: Int, range: Range<Int>) {
            self.number = number
            self.range = range
        }
    }

    /// A run of added lines with consecutive numbers, which a scanner reads as one text.
    public struct Hunk: Sendable, Equatable {
        public let firstLine: Int
        public let lines: ArraySlice<Line>
        public let range: Range<Int>
    }

    public static let empty = AddedText(bytes: [], lines: [])

    public let bytes: [UInt8]
    public let lines: [Line]

    public init(bytes: [UInt8], lines: [Line]) {
        self.bytes = bytes
        self.lines = lines
    }

    public var isEmpty: Bool { lines.isEmpty }

    /// Returns the text of one line without its line ending, decoding invalid UTF-8 as U+FFFD.
    public func text(of line: Line) -> String {
        var end = line.range.upperBound
        while end > line.range.lowerBound, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D {
            end -= 1
        }
        return String(decoding: bytes[line.range.lowerBound..<end], as: UTF8.self)
    }

    /// Splits the lines into runs of consecutive line numbers.
    public var hunks: [Hunk] {
        var result: [Hunk] = []
        var start = 0
        for index in lines.indices {
            let isLast = index == lines.count - 1
            if isLast || lines[index + 1].number != lines[index].number + 1 {
                let range = lines[start].range.lowerBound..<lines[index].range.upperBound
                result.append(Hunk(firstLine: lines[start].number, lines: lines[start...index], range: range))
                start = index + 1
            }
        }
        return result
    }
}

/// Collects added lines into an ``AddedText`` without an allocation per line.
public struct AddedTextBuilder {
    private var bytes: [UInt8] = []
    private var lines: [AddedText.Line] = []

    public init() {}

    public mutating func append(number: Int, content: UnsafeRawBufferPointer) {
        let start = bytes.count
        bytes.append(contentsOf: content)
        lines.append(AddedText.Line(number: number, range: start..<bytes.count))
    }

    /// Keeps only the lines whose numbers are in `numbers`; used for merge commits.
    public mutating func retain(numbers: Set<Int>) {
        let kept = lines.filter { numbers.contains($0.number) }
        var builder = AddedTextBuilder()
        for line in kept {
            bytes.withUnsafeBytes { raw in
                builder.append(number: line.number, content: UnsafeRawBufferPointer(rebasing: raw[line.range]))
            }
        }
        self = builder
    }

    public var lineNumbers: Set<Int> { Set(lines.map(\.number)) }

    public func build() -> AddedText {
        AddedText(bytes: bytes, lines: lines)
    }
}
