/// Reads a `def` statement's parameter list.
struct PythonParameterReader {
    let list: PythonTokenList

    /// Returns the parameters between the `(` at `open` and the `)` at `close`.
    ///
    /// A `/` marker turns the parameters before it positional-only, and a bare `*` or a
    /// `*args` turns the ones after it keyword-only.
    func parameters(open: Int, close: Int) -> [PythonParameter] {
        var parameters: [PythonParameter] = []
        var keywordOnly = false
        for part in list.split((open + 1)..<close, separator: ",") {
            let code = list.trimmed(part)
            guard let first = code.first else {
                continue
            }
            if code.count == 1 && list.isOperator(first, "/") {
                parameters = parameters.map(Self.positionalOnly)
                continue
            }
            if code.count == 1 && list.isOperator(first, "*") {
                keywordOnly = true
                continue
            }
            var kind: PythonParameter.Kind = keywordOnly ? .keywordOnly : .positionalOrKeyword
            var nameIndex = first
            if list.isOperator(first, "*") {
                kind = .variadicPositional
                keywordOnly = true
                nameIndex += 1
            } else if list.isOperator(first, "**") {
                kind = .variadicKeyword
                nameIndex += 1
            }
            guard code.contains(nameIndex), list.isKind(nameIndex, .name) else {
                continue
            }
            parameters.append(parameter(code, nameIndex: nameIndex, kind: kind))
        }
        return parameters
    }

    private func parameter(_ code: Range<Int>, nameIndex: Int, kind: PythonParameter.Kind) -> PythonParameter {
        let rest = (nameIndex + 1)..<code.upperBound
        let equals = list.firstTopLevel("=", in: rest)
        let annotationEnd = equals ?? code.upperBound
        var annotation: PythonExpression?
        if list.isOperator(nameIndex + 1, ":") {
            annotation = list.expression((nameIndex + 2)..<annotationEnd)
        }
        let defaultValue = equals.flatMap { list.expression(($0 + 1)..<code.upperBound) }
        return PythonParameter(
            name: list.text(nameIndex), kind: kind, annotation: annotation, defaultValue: defaultValue,
            position: list.tokens[nameIndex].start)
    }

    private static func positionalOnly(_ parameter: PythonParameter) -> PythonParameter {
        guard parameter.kind == .positionalOrKeyword else {
            return parameter
        }
        return PythonParameter(
            name: parameter.name, kind: .positionalOnly, annotation: parameter.annotation,
            defaultValue: parameter.defaultValue, position: parameter.position)
    }
}
