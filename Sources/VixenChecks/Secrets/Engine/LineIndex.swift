/// The lines of a text by their start offsets, to find the line around a match.
struct LineIndex {
    /// The offset where each line starts, in increasing order; the first is 0.
    let starts: [Int]
    /// The text's length.
    let end: Int

    init(starts: [Int], end: Int) {
        self.starts = starts.isEmpty ? [0] : starts
        self.end = end
    }

    /// Indexes `text`, in which a line starts after every line feed.
    init(scanning text: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        for (offset, byte) in text.enumerated() where byte == UInt8(ascii: "\n") && offset + 1 < text.count {
            starts.append(offset + 1)
        }
        self.init(starts: starts, end: text.count)
    }

    /// Returns the index of the line that contains `offset`.
    func line(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset {
                low = middle
            } else {
                high = middle
            }
        }
        return low
    }

    /// Returns the bytes of line `index` in `text`, without its line ending.
    func content(of index: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = starts[index]
        var stop = index + 1 < starts.count ? starts[index + 1] : end
        while stop > start, text[stop - 1] == UInt8(ascii: "\n") || text[stop - 1] == UInt8(ascii: "\r") {
            stop -= 1
        }
        return start..<stop
    }
}
