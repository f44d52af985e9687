import Testing

@testable import VixenCLI

@Suite struct TextWrapperTests {
    @Test func wrapsAtWidth() {
        let lines = TextWrapper.wrap(["aaa", "bbb", "ccc"], width: 7)
        #expect(lines == ["aaa bbb", "ccc"])
    }

    @Test func prefixesCountTowardWidth() {
        let lines = TextWrapper.wrap(["aaa", "bbb", "ccc"], width: 9, firstPrefix: "> ", continuationPrefix: "  ")
        #expect(lines == ["> aaa bbb", "  ccc"])
    }

    @Test func longWordOverflowsOwnLine() {
        let lines = TextWrapper.wrap(["a", "abcdefghij", "b"], width: 5)
        #expect(lines == ["a", "abcdefghij", "b"])
    }

    @Test func accentedLettersCountOnce() {
        let lines = TextWrapper.wrap(["índice", "árbol"], width: 12)
        #expect(lines == ["índice árbol"])
    }

    @Test func noWordsKeepsPrefixWithoutTrailingSpaces() {
        #expect(TextWrapper.wrap([], width: 10, firstPrefix: "  --x   ") == ["  --x"])
    }

    @Test func wordsSplitAtSpaces() {
        #expect(TextWrapper.words(in: "  one two  three ") == ["one", "two", "three"])
    }
}
