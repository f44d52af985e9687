import VixenCore

/// One added line as a test states it: its number in the new file and its text without the
/// line ending.
struct NumberedLine: Equatable, CustomStringConvertible {
    let number: Int
    let text: String

    init(_ number: Int, _ text: String) {
        self.number = number
        self.text = text
    }

    var description: String { "\(number): \(text)" }
}

extension FileChange {
    /// The added lines with their numbers, decoded for comparison.
    var numberedLines: [NumberedLine] {
        let added = addedText
        return added.lines.map { NumberedLine($0.number, added.text(of: $0)) }
    }

    /// The raw bytes of each added line, line ending included.
    var lineBytes: [[UInt8]] {
        let added = addedText
        return added.lines.map { Array(added.bytes[$0.range]) }
    }
}

extension Array where Element == FileChange {
    /// Returns the change whose new path (old path for a deletion) is `path`.
    func file(_ path: String) -> FileChange? {
        first { $0.path == path }
    }

    var paths: [String] { map(\.path) }
}
