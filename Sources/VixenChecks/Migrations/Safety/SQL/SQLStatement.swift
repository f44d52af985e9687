/// One statement of a script: its tokens without the ending semicolon, and the line it starts on.
struct SQLStatement: Sendable, Equatable {
    /// Never empty: the splitter drops statements without tokens.
    let tokens: [SQLToken]
    /// The 1-based line of the first token.
    let line: Int
}
