/// Cuts a token list into statements where psql would send them to the server.
///
/// A statement ends at a semicolon outside parentheses and outside the `BEGIN ATOMIC … END` body
/// of a SQL-standard function (PostgreSQL 14 and later), whose inner semicolons belong to the
/// function. psql meta-commands are dropped, but `\g`, `\gx`, `\gexec`, `\gset`, `\gdesc` and `\;`
/// end the statement before them as a semicolon does, and `\r` discards it. Text after the last
/// semicolon is a statement too, so a script cut short is still read.
///
/// NOTE: `\i` and `\ir` include other files, which are not read.
enum SQLStatementSplitter {
    /// Meta-commands that send the statement typed so far.
    private static let sendingMetaCommands: Set<String> = [";", "g", "gx", "gexec", "gset", "gdesc"]
    /// Meta-commands that empty psql's query buffer.
    private static let resettingMetaCommands: Set<String> = ["r", "reset"]

    static func split(_ sql: String) -> [SQLStatement] {
        split(SQLLexer.tokenize(sql))
    }

    static func split(_ tokens: [SQLToken]) -> [SQLStatement] {
        var statements: [SQLStatement] = []
        var current: [SQLToken] = []
        var nesting = StatementNesting()

        func finishStatement() {
            if let first = current.first {
                statements.append(SQLStatement(tokens: current, line: first.line))
            }
            current.removeAll(keepingCapacity: true)
            nesting = StatementNesting()
        }

        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .semicolon where !nesting.isNested:
                finishStatement()
            case .metaCommand:
                let name = metaCommandName(token.text)
                if sendingMetaCommands.contains(name) {
                    finishStatement()
                } else if resettingMetaCommands.contains(name) {
                    current.removeAll(keepingCapacity: true)
                    nesting = StatementNesting()
                }
            default:
                let next = tokens.indices.contains(index + 1) ? tokens[index + 1] : nil
                nesting.update(with: token, next: next, statement: current)
                current.append(token)
            }
        }
        finishStatement()
        return statements
    }

    /// Returns the command name of a meta-command token in lower case: the ASCII letters after
    /// the backslash, or the one character there when it is not a letter (`;` for `\;`).
    private static func metaCommandName(_ text: String) -> String {
        let afterBackslash = text.unicodeScalars.dropFirst()
        let letters = afterBackslash.prefix { $0.isASCII && $0.properties.isAlphabetic }
        if !letters.isEmpty {
            return String(String.UnicodeScalarView(letters)).lowercased()
        }
        return afterBackslash.first.map { String($0) } ?? ""
    }
}

/// The open parentheses and `BEGIN ATOMIC … END` bodies that keep a semicolon from ending the
/// statement being split.
///
/// `CASE … END` expressions inside an atomic body count too, because they close with the same keyword.
private struct StatementNesting {
    private var parentheses = 0
    private var atomicBody = 0

    var isNested: Bool { parentheses > 0 || atomicBody > 0 }

    mutating func update(with token: SQLToken, next: SQLToken?, statement: [SQLToken]) {
        switch token.kind {
        case .leftParenthesis:
            parentheses += 1
        case .rightParenthesis:
            parentheses = max(parentheses - 1, 0)
        case .word:
            if token.value == "begin", next?.isKeyword("atomic") == true, Self.definesRoutine(statement) {
                atomicBody += 1
            } else if atomicBody > 0 && token.value == "case" {
                atomicBody += 1
            } else if atomicBody > 0 && token.value == "end" {
                atomicBody -= 1
            }
        default:
            break
        }
    }

    /// Returns whether the statement so far starts `CREATE [OR REPLACE] FUNCTION|PROCEDURE`.
    private static func definesRoutine(_ statement: [SQLToken]) -> Bool {
        let words = statement.prefix(4).map(\.value)
        let start = words.starts(with: ["create", "or", "replace"]) ? 3 : 1
        guard words.first == "create", words.count > start else {
            return false
        }
        return words[start] == "function" || words[start] == "procedure"
    }
}
