import VixenSyntax

/// A token reduced to what tests compare: kind, text and line.
struct LexedToken: Equatable, CustomStringConvertible {
    let kind: JavaScriptToken.Kind
    let text: String
    let line: Int

    init(_ kind: JavaScriptToken.Kind, _ text: String, line: Int = 1) {
        self.kind = kind
        self.text = text
        self.line = line
    }

    var description: String { "\(kind) \(text.debugDescription) @\(line)" }
}

/// Lexes `source` and returns its tokens as ``LexedToken`` values.
func lex(_ source: String) -> [LexedToken] {
    let bytes = Array(source.utf8)
    return JavaScriptLexer.tokens(in: bytes).map { LexedToken($0.kind, $0.text(in: bytes), line: $0.line) }
}

/// Lexes `source` and returns the kinds of its tokens.
func kinds(_ source: String) -> [JavaScriptToken.Kind] {
    JavaScriptLexer.tokens(in: Array(source.utf8)).map(\.kind)
}
