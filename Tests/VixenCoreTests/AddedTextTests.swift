import Testing
import VixenCore

struct AddedTextTests {
    /// Builds added text from `(line number, bytes including the line ending)` pairs.
    private func makeText(_ lines: [(Int, [UInt8])]) -> AddedText {
        var builder = AddedTextBuilder()
        for (number, bytes) in lines {
            bytes.withUnsafeBytes { builder.append(number: number, content: $0) }
        }
        return builder.build()
    }

    private func makeText(_ lines: [(Int, String)]) -> AddedText {
        makeText(lines.map { ($0.0, Array($0.1.utf8)) })
    }

    @Test func consecutiveNumbersFormOneHunk() throws {
        let text = makeText([(3, "a\n"), (4, "b\n"), (5, "c\n")])
        let hunks = text.hunks
        try #require(hunks.count == 1)
        #expect(hunks[0].firstLine == 3)
        #expect(hunks[0].lines.map(\.number) == [3, 4, 5])
        #expect(hunks[0].range == 0..<6)
    }

    @Test func gapStartsNewHunk() throws {
        let text = makeText([(3, "a\n"), (4, "bb\n"), (9, "ccc\n"), (10, "d")])
        let hunks = text.hunks
        try #require(hunks.count == 2)
        #expect(hunks[0].firstLine == 3)
        #expect(hunks[0].lines.map(\.number) == [3, 4])
        #expect(hunks[0].range == 0..<5)
        #expect(hunks[1].firstLine == 9)
        #expect(hunks[1].lines.map(\.number) == [9, 10])
        #expect(hunks[1].range == 5..<10)
        #expect(Array(text.bytes[hunks[1].range]) == Array("ccc\nd".utf8))
    }

    @Test func singleLineIsOneHunk() throws {
        let hunks = makeText([(7, "x\n")]).hunks
        try #require(hunks.count == 1)
        #expect(hunks[0].firstLine == 7)
        #expect(hunks[0].range == 0..<2)
    }

    @Test func emptyTextHasNoHunks() {
        #expect(AddedText.empty.hunks == [])
        #expect(AddedText.empty.isEmpty)
    }

    @Test func textDropsLineFeedAndCRLF() throws {
        let text = makeText([(1, "unix\n"), (2, "windows\r\n"), (3, "last")])
        try #require(text.lines.count == 3)
        #expect(text.text(of: text.lines[0]) == "unix")
        #expect(text.text(of: text.lines[1]) == "windows")
        #expect(text.text(of: text.lines[2]) == "last")
    }

    @Test func textKeepsCarriageReturnInsideLine() throws {
        let text = makeText([(1, "a\rb\r\n")])
        let line = try #require(text.lines.first)
        #expect(text.text(of: line) == "a\rb")
    }

    @Test func textOfBlankLineIsEmpty() throws {
        let text = makeText([(1, "\r\n")])
        let line = try #require(text.lines.first)
        #expect(text.text(of: line) == "")
    }

    @Test func invalidUTF8BecomesReplacementCharacter() throws {
        // "café" in Latin-1: 0xE9 alone is not valid UTF-8.
        let text = makeText([(1, [0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A])])
        let line = try #require(text.lines.first)
        #expect(text.text(of: line) == "caf\u{FFFD}")
        #expect(text.bytes == [0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A])
    }

    @Test func builderRecordsRangesInOneBuffer() {
        let text = makeText([(1, "ab\n"), (2, "c\n")])
        #expect(text.bytes == Array("ab\nc\n".utf8))
        #expect(text.lines == [AddedText.Line(number: 1, range: 0..<3), AddedText.Line(number: 2, range: 3..<5)])
    }

    @Test func retainKeepsOnlyListedNumbers() {
        var builder = AddedTextBuilder()
        for (number, line) in [(1, "one\n"), (2, "two\n"), (3, "three\n")] {
            Array(line.utf8).withUnsafeBytes { builder.append(number: number, content: $0) }
        }
        builder.retain(numbers: [1, 3])
        let text = builder.build()
        #expect(builder.lineNumbers == [1, 3])
        #expect(text.bytes == Array("one\nthree\n".utf8))
        #expect(text.lines == [AddedText.Line(number: 1, range: 0..<4), AddedText.Line(number: 3, range: 4..<10)])
    }
}
