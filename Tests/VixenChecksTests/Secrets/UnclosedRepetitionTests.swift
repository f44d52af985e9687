import Testing

@testable import VixenChecks

/// A `{` that opens a repetition count and is never closed, which regex engines read as literal text.
@Suite struct UnclosedRepetitionTests {
    @Test(arguments: [
        ("[a-z]{32", UnclosedRepetition.Match(column: 6, fragment: "{32")),
        ("tok_\\d{2,8", UnclosedRepetition.Match(column: 7, fragment: "{2,8")),
        ("a{3}b{4,x", UnclosedRepetition.Match(column: 6, fragment: "{4,")),
        ("(?:x){12 ", UnclosedRepetition.Match(column: 6, fragment: "{12")),
    ])
    func unclosedCountFound(pattern: String, expected: UnclosedRepetition.Match) {
        #expect(UnclosedRepetition.find(in: pattern) == expected)
    }

    @Test(arguments: [
        "[a-z]{32}", "x{2,8}", "x{2,}", "\\{32", "[{]32", "[^]{]1", "\\x{1F600}", "\\p{L}{4}", "a{b", "{", "\\\\{3}",
    ])
    func closedOrLiteralBraceAccepted(pattern: String) {
        #expect(UnclosedRepetition.find(in: pattern) == nil)
    }
}
