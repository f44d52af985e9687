/// A module's tokens with its source, and the token queries the readers share.
struct PythonTokenList: Sendable {
    let source: PythonSource
    let tokens: [PythonToken]

    var endIndex: Int { tokens.count }

    func text(_ index: Int) -> String {
        source.text(tokens[index].range)
    }

    /// Returns whether the token at `index` exists and its text is exactly `text`, comparing bytes.
    func matches(_ index: Int, _ text: String) -> Bool {
        guard index >= 0, index < tokens.count else {
            return false
        }
        return source.bytes[tokens[index].range].elementsEqual(text.utf8)
    }

    func isKind(_ index: Int, _ kind: PythonToken.Kind) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == kind
    }

    func isOperator(_ index: Int, _ text: String) -> Bool {
        isKind(index, .operator) && matches(index, text)
    }

    func isName(_ index: Int, _ text: String) -> Bool {
        isKind(index, .name) && matches(index, text)
    }

    func isOpeningBracket(_ index: Int) -> Bool {
        isOperator(index, "(") || isOperator(index, "[") || isOperator(index, "{")
    }

    func isClosingBracket(_ index: Int) -> Bool {
        isOperator(index, ")") || isOperator(index, "]") || isOperator(index, "}")
    }

    /// Returns the index of the bracket that closes the one at `open`, searching before `limit`.
    func matchingBracket(_ open: Int, before limit: Int) -> Int? {
        var depth = 0
        var index = open
        while index < min(limit, tokens.count) {
            if isOpeningBracket(index) {
                depth += 1
            } else if isClosingBracket(index) {
                depth -= 1
                if depth == 0 {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// Splits `range` at each `separator` operator outside brackets and lambda parameters.
    ///
    /// So `f(a, lambda x, y: x)` has two arguments. Parts may be empty.
    func split(_ range: Range<Int>, separator: String) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var depth = 0
        var partStart = range.lowerBound
        var inLambdaParameters = false
        for index in range {
            if isOpeningBracket(index) {
                depth += 1
            } else if isClosingBracket(index) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                if isName(index, "lambda") {
                    inLambdaParameters = true
                } else if inLambdaParameters && isOperator(index, ":") {
                    inLambdaParameters = false
                } else if !inLambdaParameters && isOperator(index, separator) {
                    parts.append(partStart..<index)
                    partStart = index + 1
                }
            }
        }
        parts.append(partStart..<range.upperBound)
        return parts
    }

    /// Returns the first `text` operator in `range` outside brackets and outside a `lambda`'s
    /// parameters and body.
    func firstTopLevel(_ text: String, in range: Range<Int>) -> Int? {
        var depth = 0
        var inLambda = false
        for index in range {
            if isOpeningBracket(index) {
                depth += 1
            } else if isClosingBracket(index) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                if isName(index, "lambda") {
                    inLambda = true
                } else if !inLambda && isOperator(index, text) {
                    return index
                }
            }
        }
        return nil
    }

    /// Drops comments and line breaks from both ends of `range`.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isLayout(lower) {
            lower += 1
        }
        while upper > lower, isLayout(upper - 1) {
            upper -= 1
        }
        return lower..<upper
    }

    /// Returns the expression over `range` once trimmed, or nil when nothing is left.
    func expression(_ range: Range<Int>) -> PythonExpression? {
        let kept = trimmed(range)
        guard let first = kept.first, let last = kept.last else {
            return nil
        }
        let bytes = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        return PythonExpression(
            tokens: kept, text: source.text(bytes), start: tokens[first].start, end: tokens[last].end)
    }

    /// True for tokens that do not belong to any expression or statement.
    private func isLayout(_ index: Int) -> Bool {
        switch tokens[index].kind {
        case .comment, .nonLogicalNewline, .newline, .indent, .dedent, .endOfInput: true
        default: false
        }
    }

    /// Returns the end of the last token in `range` that is not layout, or nil when there is none.
    func lastCodeEnd(in range: Range<Int>) -> PythonPosition? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            if !isLayout(index) {
                return tokens[index].end
            }
            index -= 1
        }
        return nil
    }
}
