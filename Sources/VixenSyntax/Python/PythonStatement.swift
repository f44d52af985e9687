/// One statement of a block: a simple statement, or a compound statement with its suite.
///
/// `if`, `elif`, `else`, `for`, `while`, `with`, `try`, `except`, `finally`, `def`, `class`,
/// `async` and the soft keywords `match` and `case` (on a line that ends with `:`) start
/// compound statements. Each clause is its own statement, so `try:` and its `except:` are two.
/// Simple statements that share a line through `;` are separate statements, and a decorator
/// line is a simple statement that starts with `@`.
public struct PythonStatement: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case simple
        case compound
    }

    public let kind: Kind
    /// Every token of the statement, its suite included, without the `;` or `NEWLINE` that
    /// ends a simple statement.
    public let tokens: Range<Int>
    /// A simple statement's tokens, or a compound statement's header up to and including its `:`.
    public let header: Range<Int>
    /// A compound statement's suite, or nil for a simple statement.
    ///
    /// The suite is the tokens between its `INDENT` and `DEDENT`, or the rest of the line
    /// after the `:` for a one-line suite such as `if x: return`.
    public let body: Range<Int>?
    public let start: PythonPosition
    /// The end of the statement's last token that is not a comment or a line break.
    public let end: PythonPosition

    public init(
        kind: Kind, tokens: Range<Int>, header: Range<Int>, body: Range<Int>?, start: PythonPosition,
        end: PythonPosition
    ) {
        self.kind = kind
        self.tokens = tokens
        self.header = header
        self.body = body
        self.start = start
        self.end = end
    }
}

/// Splits a block's tokens into its statements.
struct PythonStatementReader {
    private static let compoundKeywords: Set<String> = [
        "if", "elif", "else", "for", "while", "with", "try", "except", "finally", "def", "class", "async",
    ]

    let list: PythonTokenList

    /// Returns the statements directly in `range`, which is a whole module or a suite.
    func statements(in range: Range<Int>) -> [PythonStatement] {
        var statements: [PythonStatement] = []
        var index = range.lowerBound
        let limit = min(range.upperBound, list.endIndex)
        while index < limit {
            switch list.tokens[index].kind {
            case .comment, .nonLogicalNewline, .newline, .indent, .dedent, .endOfInput:
                index += 1
                continue
            default:
                break
            }
            let lineEnd = endOfLogicalLine(from: index, limit: limit)
            if isCompoundStart(index, lineEnd: lineEnd), let colon = headerColon(from: index, lineEnd: lineEnd) {
                let statement = compound(start: index, colon: colon, lineEnd: lineEnd, limit: limit)
                statements.append(statement)
                index = max(statement.tokens.upperBound, lineEnd + 1)
            } else {
                statements += simple(index..<lineEnd)
                index = lineEnd + 1
            }
        }
        return statements
    }

    /// Returns the index of the `NEWLINE` that ends the logical line starting at `start`, or
    /// of the first block token when a malformed line has none.
    private func endOfLogicalLine(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            switch list.tokens[index].kind {
            case .newline, .indent, .dedent, .endOfInput:
                return index
            default:
                index += 1
            }
        }
        return limit
    }

    private func isCompoundStart(_ index: Int, lineEnd: Int) -> Bool {
        guard list.isKind(index, .name) else {
            return false
        }
        let keyword = list.text(index)
        if Self.compoundKeywords.contains(keyword) {
            return true
        }
        guard keyword == "match" || keyword == "case" else {
            return false
        }
        // Soft keywords: `match x:` starts a block, `match = 1` and `match(x)` do not.
        let code = list.trimmed(index..<lineEnd)
        guard let last = code.last, last > index else {
            return false
        }
        return list.isOperator(last, ":") && !list.isOperator(index + 1, "=") && !list.isOperator(index + 1, ".")
    }

    /// Returns the `:` that ends a compound statement's header: the first one outside brackets
    /// and outside a `lambda`.
    private func headerColon(from start: Int, lineEnd: Int) -> Int? {
        list.firstTopLevel(":", in: start..<lineEnd)
    }

    private func compound(start: Int, colon: Int, lineEnd: Int, limit: Int) -> PythonStatement {
        let header = start..<(colon + 1)
        let sameLine = list.trimmed((colon + 1)..<lineEnd)
        var body: Range<Int>
        var statementEnd: Int
        if !sameLine.isEmpty {
            body = (colon + 1)..<min(lineEnd + 1, limit)
            statementEnd = min(lineEnd + 1, limit)
        } else {
            var next = lineEnd + 1
            while next < limit, list.tokens[next].isTrivia {
                next += 1
            }
            if next < limit, list.isKind(next, .indent) {
                let dedent = matchingDedent(from: next, limit: limit)
                body = (next + 1)..<dedent
                statementEnd = min(dedent + 1, limit)
            } else {
                body = min(lineEnd + 1, limit)..<min(lineEnd + 1, limit)
                statementEnd = min(lineEnd + 1, limit)
            }
        }
        let tokens = start..<statementEnd
        return PythonStatement(
            kind: .compound, tokens: tokens, header: header, body: body, start: list.tokens[start].start,
            end: list.lastCodeEnd(in: tokens) ?? list.tokens[colon].end)
    }

    /// Returns the index of the `DEDENT` that closes the block opened by the `INDENT` at `indent`.
    private func matchingDedent(from indent: Int, limit: Int) -> Int {
        var depth = 0
        var index = indent
        while index < limit {
            if list.tokens[index].kind == .indent {
                depth += 1
            } else if list.tokens[index].kind == .dedent {
                depth -= 1
                if depth == 0 {
                    return index
                }
            }
            index += 1
        }
        return limit
    }

    private func simple(_ line: Range<Int>) -> [PythonStatement] {
        var statements: [PythonStatement] = []
        for part in list.split(line, separator: ";") {
            let code = list.trimmed(part)
            guard let first = code.first, let last = code.last else {
                continue
            }
            statements.append(
                PythonStatement(
                    kind: .simple, tokens: code, header: code, body: nil, start: list.tokens[first].start,
                    end: list.tokens[last].end))
        }
        return statements
    }
}
