/// One lexical unit of PostgreSQL text, as psql sends it to the server.
///
/// Comments and white space are not tokens. Every byte outside them belongs to exactly one token,
/// so text the lexer does not understand still reaches the statement splitter as `unknown` tokens.
struct SQLToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A keyword or an unquoted identifier. PostgreSQL does not tell them apart lexically.
        case word
        /// A `"quoted"` or `U&"quoted"` identifier.
        case quotedIdentifier
        /// A string constant: `'…'`, `E'…'`, `U&'…'`, `B'…'`, `X'…'`, `N'…'` or a dollar-quoted body.
        case string
        case number
        /// A positional parameter such as `$1`.
        case parameter
        /// An operator such as `=`, `::`, `->>` or `<>`.
        case `operator`
        case leftParenthesis
        case rightParenthesis
        case leftBracket
        case rightBracket
        case comma
        case semicolon
        case dot
        case colon
        /// A psql meta-command line such as `\connect app`, from the backslash to the end of the line.
        case metaCommand
        /// A byte that PostgreSQL does not accept outside strings and comments, such as a control character.
        case unknown
    }

    let kind: Kind
    /// The source text of the token, as written.
    let text: String
    /// The name PostgreSQL resolves for a word or a quoted identifier, and `text` for other kinds.
    ///
    /// Unquoted words are folded to lower case (ASCII letters only, as PostgreSQL does for UTF-8
    /// databases). A quoted identifier keeps its case, with each doubled quote made single.
    let value: String
    /// The 1-based line where the token starts, counting line feeds only, so CRLF text counts like LF text.
    let line: Int
    /// False for a string, quoted identifier or dollar-quoted body that the text ends inside.
    let isTerminated: Bool

    init(kind: Kind, text: String, value: String? = nil, line: Int, isTerminated: Bool = true) {
        self.kind = kind
        self.text = text
        self.value = value ?? text
        self.line = line
        self.isTerminated = isTerminated
    }

    /// Returns whether the token is the unquoted keyword `keyword`, which must be lower case.
    func isKeyword(_ keyword: String) -> Bool {
        kind == .word && value == keyword
    }

    /// True for the tokens that can name a table, column, index or constraint.
    var isIdentifier: Bool {
        kind == .word || kind == .quotedIdentifier
    }
}
