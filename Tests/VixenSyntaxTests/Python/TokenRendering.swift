import VixenSyntax

/// Renders tokens one per string, close to what `python -m tokenize` prints: the token type's
/// Python name, then the text for tokens that have visible text.
enum TokenRendering {
    static func render(_ source: String) -> [String] {
        render(PythonModule(source))
    }

    static func render(_ module: PythonModule) -> [String] {
        module.tokens.indices.map { index in
            let token = module.tokens[index]
            let name = pythonName(token.kind)
            switch token.kind {
            case .newline, .nonLogicalNewline, .indent, .dedent, .endOfInput:
                return name
            default:
                return "\(name) \(module.text(of: index))"
            }
        }
    }

    static func pythonName(_ kind: PythonToken.Kind) -> String {
        switch kind {
        case .name: "NAME"
        case .number: "NUMBER"
        case .string: "STRING"
        case .comment: "COMMENT"
        case .operator: "OP"
        case .newline: "NEWLINE"
        case .nonLogicalNewline: "NL"
        case .indent: "INDENT"
        case .dedent: "DEDENT"
        case .endOfInput: "ENDMARKER"
        case .error: "ERRORTOKEN"
        }
    }
}
