import Foundation
import Testing
import VixenCore
import VixenTestSupport

@testable import VixenCLI

@Suite struct WholeFileReaderTests {
    private let reader = WholeFileReader(maxFileSize: 64)

    private func lines(of text: AddedText) -> [String] {
        text.lines.map { text.text(of: $0) }
    }

    @Test func everyLineIsAddedFromOne() {
        let text = WholeFileReader.addedText(Array("a\nbb\n\nccc".utf8))
        #expect(text.lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines(of: text) == ["a", "bb", "", "ccc"])
        #expect(text.hunks.count == 1)
    }

    @Test func lineKeepsItsCarriageReturn() {
        let text = WholeFileReader.addedText(Array("a\r\nb\r\n".utf8))
        #expect(text.lines.map(\.range) == [0..<3, 3..<6])
        #expect(lines(of: text) == ["a", "b"])
    }

    @Test func emptyFileHasNoLines() {
        #expect(WholeFileReader.addedText([]).lines == [])
    }

    @Test func nulInFirst8000BytesIsBinary() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 9000)
        bytes[7999] = 0
        #expect(WholeFileReader.isBinary(bytes))
    }

    @Test func nulAfter8000BytesIsText() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 9000)
        bytes[8000] = 0
        #expect(!WholeFileReader.isBinary(bytes))
    }

    @Test func invalidUTF8IsText() {
        let change = reader.fileChange(Fixtures.invalidUTF8Line, size: 5, displayPath: "latin1.txt")
        #expect(change.addedText.bytes == Fixtures.invalidUTF8Line)
        #expect(change.addedText.lines.count == 1)
    }

    @Test func fileOverLimitIsTooLarge() {
        let change = reader.fileChange(Array(repeating: 0x61, count: 65), size: 65, displayPath: "big.txt")
        #expect(change.content == .tooLarge(limit: 64))
        #expect(change.size == 65)
        #expect(change.path == "big.txt")
        #expect(change.status == .added)
    }

    @Test func fileAtLimitIsRead() {
        let change = reader.fileChange(Array(repeating: 0x61, count: 64), size: 64, displayPath: "edge.txt")
        #expect(change.addedText.bytes.count == 64)
    }

    @Test func regularFileOverLimitIsNotRead() throws {
        let folder = try TemporaryDirectory()
        let url = folder.url.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 100).write(to: url)

        let change = try reader.load(FileSystemPath(url.path, relativeTo: "/"), displayPath: "big.txt")

        #expect(change.content == .tooLarge(limit: 64))
        #expect(change.size == 100)
    }

    @Test func binaryFileIsNotSplitIntoLines() throws {
        let folder = try TemporaryDirectory()
        let url = folder.url.appendingPathComponent("image.bin")
        try Data(Fixtures.binaryBytes(count: 40)).write(to: url)

        let change = try reader.load(FileSystemPath(url.path, relativeTo: "/"), displayPath: "image.bin")

        #expect(change.content == .binary)
        #expect(change.size == 40)
    }

    @Test func missingFileThrowsItsErrorNumber() throws {
        let folder = try TemporaryDirectory()
        let path = FileSystemPath(folder.url.appendingPathComponent("gone.txt").path, relativeTo: "/")
        #expect(throws: SystemCallError(code: ENOENT, reason: "No such file or directory")) {
            try reader.load(path, displayPath: "gone.txt")
        }
    }
}
