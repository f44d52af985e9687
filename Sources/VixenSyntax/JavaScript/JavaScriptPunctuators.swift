/// The punctuators of JavaScript, which the lexer matches longest first.
enum JavaScriptPunctuators {
    static let maximumLength = 4

    static let all: Set<[UInt8]> = Set(
        [
            ">>>=",
            "===", "!==", "**=", "<<=", ">>=", ">>>", "...", "&&=", "||=", "??=",
            "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=",
            "|=", "^=", "**", "<<", ">>",
            "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~",
            "?", ":", "=", ".", "@", "#",
        ].map { Array($0.utf8) })
}
