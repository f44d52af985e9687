import Testing

@testable import VixenReport

@Suite("Control character escaping")
struct ControlCharacterTests {
    @Test(arguments: [
        ("plain/path.py", "plain/path.py"),
        ("a\u{1B}[2Jb", "a\\x1b[2Jb"),
        ("tab\there", "tab\\x09here"),
        ("nul\u{0}", "nul\\x00"),
        ("del\u{7F}", "del\\x7f"),
        ("csi\u{9B}31m", "csi\\x9b31m"),
        ("línea ñ ü 日本", "línea ñ ü 日本"),
        ("\u{A0}nbsp", "\u{A0}nbsp"),
    ])
    func escapes(input: String, expected: String) {
        #expect(input.escapingControlCharacters() == expected)
    }
}
