import Testing

@testable import VixenCLI

@Suite struct UTF8ChunkDecoderTests {
    @Test func characterSplitAcrossChunks() {
        var decoder = UTF8ChunkDecoder()
        let bytes = Array("añ€😀".utf8)
        var text = ""
        for byte in bytes {
            text += decoder.decode([byte])
        }
        text += decoder.finish()
        #expect(text == "añ€😀")
    }

    @Test func incompleteSequenceWaits() {
        var decoder = UTF8ChunkDecoder()
        #expect(decoder.decode([0x61, 0xE2, 0x82]) == "a")
        #expect(decoder.decode([0xAC, 0x62]) == "€b")
    }

    @Test func truncatedEndBecomesReplacement() {
        var decoder = UTF8ChunkDecoder()
        #expect(decoder.decode([0x61, 0xF0, 0x9F]) == "a")
        #expect(decoder.finish() == "\u{FFFD}")
    }

    @Test func invalidByteIsReplacedAtOnce() {
        var decoder = UTF8ChunkDecoder()
        #expect(decoder.decode([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(decoder.finish() == "")
    }

    @Test func suffixLengths() {
        #expect(UTF8ChunkDecoder.incompleteSuffixLength([]) == 0)
        #expect(UTF8ChunkDecoder.incompleteSuffixLength([0x61]) == 0)
        #expect(UTF8ChunkDecoder.incompleteSuffixLength([0xC3]) == 1)
        #expect(UTF8ChunkDecoder.incompleteSuffixLength([0xC3, 0xB1]) == 0)
        #expect(UTF8ChunkDecoder.incompleteSuffixLength([0xF0, 0x9F, 0x98]) == 3)
        #expect(UTF8ChunkDecoder.incompleteSuffixLength([0xF0, 0x9F, 0x98, 0x80]) == 0)
    }
}
