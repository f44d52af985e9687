/// Reads the arguments between a call's or a class header's parentheses.
struct PythonArgumentReader {
    let list: PythonTokenList

    /// Returns the arguments between the `(` at `open` and the `)` at `close`.
    func arguments(open: Int, close: Int) -> [PythonArgument] {
        var arguments: [PythonArgument] = []
        for part in list.split((open + 1)..<close, separator: ",") {
            let code = list.trimmed(part)
            guard let first = code.first else {
                continue
            }
            if list.isOperator(first, "*") || list.isOperator(first, "**") {
                let kind: PythonArgument.Kind = list.isOperator(first, "*") ? .unpackedPositional : .unpackedKeyword
                if let value = list.expression((first + 1)..<code.upperBound) {
                    arguments.append(PythonArgument(kind: kind, keyword: nil, value: value))
                }
            } else if list.isKind(first, .name), list.isOperator(first + 1, "="), code.count > 2,
                let value = list.expression((first + 2)..<code.upperBound)
            {
                arguments.append(PythonArgument(kind: .keyword, keyword: list.text(first), value: value))
            } else if let value = list.expression(code) {
                arguments.append(PythonArgument(kind: .positional, keyword: nil, value: value))
            }
        }
        return arguments
    }
}
