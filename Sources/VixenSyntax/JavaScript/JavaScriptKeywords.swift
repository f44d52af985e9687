/// The reserved words of JavaScript that the lexer reports as keywords.
enum JavaScriptKeywords {
    /// ECMAScript 2024's reserved words, plus `let`, `static`, `await` and `yield`, which are
    /// reserved in strict code and modules, where frontend code runs.
    ///
    /// The words reserved only for the future in strict code (`implements`, `interface`,
    /// `package`, `private`, `protected`, `public`) are left as identifiers, because TypeScript
    /// uses them as modifiers and names.
    static let reserved: Set<String> = [
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
        "instanceof", "let", "new", "null", "return", "static", "super", "switch", "this", "throw", "true", "try",
        "typeof", "var", "void", "while", "with", "yield",
    ]
}
