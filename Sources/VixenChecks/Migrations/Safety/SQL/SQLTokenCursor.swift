/// A position in a statement's tokens, which the parser moves front to back.
///
/// Every read past the end returns nil.
struct SQLTokenCursor {
    private let tokens: ArraySlice<SQLToken>
    private var index: Int

    init(_ tokens: ArraySlice<SQLToken>) {
        self.tokens = tokens
        index = tokens.startIndex
    }

    var current: SQLToken? {
        peek(0)
    }

    /// The tokens not read yet.
    var rest: ArraySlice<SQLToken> {
        tokens[index...]
    }

    func peek(_ offset: Int) -> SQLToken? {
        let position = index + offset
        return tokens.indices.contains(position) ? tokens[position] : nil
    }

    mutating func advance() {
        index = min(index + 1, tokens.endIndex)
    }

    /// Returns whether the next tokens are the unquoted `keywords`, without reading them.
    func isAt(_ keywords: String...) -> Bool {
        isAt(keywords)
    }

    private func isAt(_ keywords: [String]) -> Bool {
        keywords.enumerated().allSatisfy { offset, keyword in peek(offset)?.isKeyword(keyword) == true }
    }

    /// Reads the unquoted `keywords` when they all come next, in order, and returns whether it did;
    /// otherwise reads nothing.
    @discardableResult
    mutating func consume(_ keywords: String...) -> Bool {
        guard isAt(keywords) else {
            return false
        }
        index += keywords.count
        return true
    }

    /// Reads one word or quoted identifier.
    mutating func consumeIdentifier() -> SQLIdentifier? {
        guard let token = current, token.isIdentifier else {
            return nil
        }
        advance()
        return SQLIdentifier(token)
    }

    /// Reads a dotted name such as `users`, `public.users` or `"App"."Users"`.
    mutating func consumeName() -> SQLName? {
        guard var object = consumeIdentifier() else {
            return nil
        }
        var qualifiers: [SQLIdentifier] = []
        while current?.kind == .dot, let next = peek(1), next.isIdentifier {
            advance()
            advance()
            qualifiers.append(object)
            object = SQLIdentifier(next)
        }
        return SQLName(qualifiers: qualifiers, object: object)
    }

    /// Reads a parenthesized group and returns the tokens inside it, or nil when no `(` comes next.
    ///
    /// A group that the statement ends inside runs to the end.
    mutating func consumeParenthesized() -> ArraySlice<SQLToken>? {
        guard current?.kind == .leftParenthesis else {
            return nil
        }
        advance()
        let start = index
        var depth = 1
        while let token = current {
            if token.kind == .leftParenthesis {
                depth += 1
            } else if token.kind == .rightParenthesis {
                depth -= 1
                if depth == 0 {
                    let inner = tokens[start..<index]
                    advance()
                    return inner
                }
            }
            advance()
        }
        return tokens[start..<index]
    }

    /// Reads one token, or a whole parenthesized group when one starts here.
    mutating func skipElement() {
        if consumeParenthesized() == nil {
            advance()
        }
    }
}

/// Helpers over token lists that several parts of the parser share.
enum SQLTokens {
    /// Splits `tokens` at the commas outside parentheses and brackets, and drops empty parts.
    static func splitAtTopLevelCommas(_ tokens: ArraySlice<SQLToken>) -> [ArraySlice<SQLToken>] {
        var parts: [ArraySlice<SQLToken>] = []
        var start = tokens.startIndex
        var depth = 0
        for index in tokens.indices {
            switch tokens[index].kind {
            case .leftParenthesis, .leftBracket:
                depth += 1
            case .rightParenthesis, .rightBracket:
                depth = max(depth - 1, 0)
            case .comma where depth == 0:
                parts.append(tokens[start..<index])
                start = index + 1
            default:
                break
            }
        }
        parts.append(tokens[start..<tokens.endIndex])
        return parts.filter { !$0.isEmpty }
    }

    /// Returns the identifiers of a parenthesized column list such as `(a, "B")`, or nil when any
    /// element is something other than one name.
    static func identifierList(_ tokens: ArraySlice<SQLToken>) -> [SQLIdentifier]? {
        var names: [SQLIdentifier] = []
        for element in splitAtTopLevelCommas(tokens) {
            guard element.count == 1, let token = element.first, token.isIdentifier else {
                return nil
            }
            names.append(SQLIdentifier(token))
        }
        return names
    }

    /// Rebuilds readable source text with single spaces, as in `lower(email) DESC, (a + b)::text`.
    static func written(_ tokens: ArraySlice<SQLToken>) -> String {
        var text = ""
        var previous: SQLToken?
        for token in tokens {
            if let previous, needsSpace(between: previous, and: token) {
                text += " "
            }
            text += token.text
            previous = token
        }
        return text
    }

    /// Returns whether a space goes between two tokens: none inside brackets, before a comma or
    /// dot, around `::`, or between a name and the `(` of its call.
    private static func needsSpace(between left: SQLToken, and right: SQLToken) -> Bool {
        let tightAfter: [SQLToken.Kind] = [.leftParenthesis, .leftBracket, .dot]
        let tightBefore: [SQLToken.Kind] = [.rightParenthesis, .rightBracket, .comma, .dot]
        if tightAfter.contains(left.kind) || tightBefore.contains(right.kind) {
            return false
        }
        if left.text == "::" || right.text == "::" {
            return false
        }
        return !(right.kind == .leftParenthesis && left.isIdentifier)
    }
}
