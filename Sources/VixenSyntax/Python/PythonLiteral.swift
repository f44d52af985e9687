/// The value of a constant expression: `None`, `True`, a number, a string or a tuple or list of them.
public indirect enum PythonLiteral: Sendable, Hashable {
    case none
    case bool(Bool)
    /// A number as written, with its sign when it has one: `-1`, `0x1F`, `1_000`.
    case number(String)
    /// A string with its escapes decoded; adjacent strings are joined, as Python joins them.
    case string(String)
    case bytes([UInt8])
    case tuple([PythonLiteral])
    case list([PythonLiteral])

    /// The string's value, or nil for any other literal.
    public var stringValue: String? {
        if case .string(let value) = self {
            return value
        }
        return nil
    }

    /// The strings of a string, or of a tuple or list that holds only strings; nil otherwise.
    public var strings: [String]? {
        switch self {
        case .string(let value):
            return [value]
        case .tuple(let items), .list(let items):
            var values: [String] = []
            for item in items {
                guard let value = item.stringValue else {
                    return nil
                }
                values.append(value)
            }
            return values
        default:
            return nil
        }
    }
}

/// Evaluates constant expressions over tokens.
struct PythonLiteralReader {
    let list: PythonTokenList

    func literal(_ range: Range<Int>) -> PythonLiteral? {
        let code = range.filter { !list.tokens[$0].isTrivia && list.tokens[$0].kind != .newline }
        return tupleOrValue(code[...])
    }

    /// Reads `a, b` as a tuple and a lone item, without a comma, as itself.
    private func tupleOrValue(_ code: ArraySlice<Int>) -> PythonLiteral? {
        let parts = splitAtCommas(code)
        if parts.count == 1, let only = parts.first {
            return value(only)
        }
        return items(parts).map { .tuple($0) }
    }

    /// Returns the values of comma-separated parts, allowing one trailing comma.
    private func items(_ parts: [ArraySlice<Int>]) -> [PythonLiteral]? {
        var items: [PythonLiteral] = []
        for (index, part) in parts.enumerated() {
            if part.isEmpty && index == parts.count - 1 && index > 0 {
                continue
            }
            guard let item = value(part) else {
                return nil
            }
            items.append(item)
        }
        return items
    }

    private func value(_ code: ArraySlice<Int>) -> PythonLiteral? {
        guard let first = code.first, let last = code.last else {
            return nil
        }
        if code.count == 1, list.isKind(first, .name) {
            switch list.text(first) {
            case "None": return PythonLiteral.none
            case "True": return .bool(true)
            case "False": return .bool(false)
            default: return nil
            }
        }
        if list.isKind(last, .number), code.count == 1 || (code.count == 2 && isSign(first)) {
            return .number(code.map { list.text($0) }.joined())
        }
        if code.allSatisfy({ list.isKind($0, .string) }) {
            return strings(code)
        }
        guard isOneBracketPair(code) else {
            return nil
        }
        let inner = code.dropFirst().dropLast()
        if list.isOperator(first, "("), list.isOperator(last, ")") {
            return inner.isEmpty ? .tuple([]) : tupleOrValue(inner)
        }
        if list.isOperator(first, "["), list.isOperator(last, "]") {
            return inner.isEmpty ? .list([]) : items(splitAtCommas(inner)).map { .list($0) }
        }
        return nil
    }

    private func isSign(_ index: Int) -> Bool {
        list.isOperator(index, "-") || list.isOperator(index, "+")
    }

    /// Returns whether the opening bracket at the start closes at the end, not before.
    private func isOneBracketPair(_ code: ArraySlice<Int>) -> Bool {
        var depth = 0
        for index in code {
            if list.isOpeningBracket(index) {
                depth += 1
            } else if list.isClosingBracket(index) {
                depth -= 1
                if depth == 0 && index != code.last {
                    return false
                }
            }
        }
        return depth == 0
    }

    private func splitAtCommas(_ code: ArraySlice<Int>) -> [ArraySlice<Int>] {
        var parts: [ArraySlice<Int>] = []
        var depth = 0
        var start = code.startIndex
        for position in code.indices {
            let index = code[position]
            if list.isOpeningBracket(index) {
                depth += 1
            } else if list.isClosingBracket(index) {
                depth -= 1
            } else if depth == 0 && list.isOperator(index, ",") {
                parts.append(code[start..<position])
                start = position + 1
            }
        }
        parts.append(code[start..<code.endIndex])
        return parts
    }

    /// Joins adjacent string tokens; nil when they mix text and bytes or hold an f-string.
    private func strings(_ code: ArraySlice<Int>) -> PythonLiteral? {
        var text: [UInt8] = []
        var isBytes: Bool?
        for index in code {
            guard let decoded = PythonStringLiteral(list.source.bytes[list.tokens[index].range]),
                !decoded.prefix.isFormatted, isBytes == nil || isBytes == decoded.prefix.isBytes
            else {
                return nil
            }
            isBytes = decoded.prefix.isBytes
            text += decoded.value
        }
        return isBytes == true ? .bytes(text) : .string(String(decoding: text, as: UTF8.self))
    }
}
