/// Finds calls of names and dotted names in a range of tokens.
struct PythonCallReader {
    /// Python's hard keywords, which are never callees even when a `(` follows them: `if (x)`.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    let list: PythonTokenList

    func calls(in range: Range<Int>) -> [PythonCall] {
        var calls: [PythonCall] = []
        for open in range where open > range.lowerBound && list.isOperator(open, "(") {
            if let call = call(openingAt: open, lowerBound: range.lowerBound) {
                calls.append(call)
            }
        }
        return calls
    }

    private func call(openingAt open: Int, lowerBound: Int) -> PythonCall? {
        let last = open - 1
        guard list.isKind(last, .name), !Self.keywords.contains(list.text(last)) else {
            return nil
        }
        var first = last
        while first - 2 >= lowerBound, list.isOperator(first - 1, "."), list.isKind(first - 2, .name) {
            first -= 2
        }
        // A callee reached through another expression (`f().g(`) or a definition (`def g(`) is not a call of a name.
        guard !list.isOperator(first - 1, "."), !list.isName(first - 1, "def"), !list.isName(first - 1, "class"),
            !Self.keywords.contains(list.text(first)),
            let close = list.matchingBracket(open, before: list.endIndex)
        else {
            return nil
        }
        let callee = (first...last).map { list.text($0) }.joined()
        let arguments = PythonArgumentReader(list: list).arguments(open: open, close: close)
        return PythonCall(
            callee: callee, arguments: arguments, tokens: first..<(close + 1), start: list.tokens[first].start,
            end: list.tokens[close].end)
    }
}
