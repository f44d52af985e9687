import VixenSyntax

/// Classifies a Python function's body for reversibility, from its statements.
enum PythonBodyShape {
    /// Returns what the body of `function` does.
    ///
    /// A docstring, `pass`, `...`, `return` and `return None` count as nothing. A body whose
    /// only other statement is a `raise` raises.
    static func shape(of function: PythonFunction, in module: PythonModule) -> DownShape {
        var statements = module.statements(in: function.body.tokens)
        if let first = statements.first, isStringExpression(first, in: module) {
            statements.removeFirst()
        }
        let working = statements.filter { !doesNothing($0, in: module) }
        guard let only = working.first else {
            return .empty
        }
        if working.count == 1, only.kind == .simple, module.isName(only.tokens.lowerBound, "raise") {
            let text = module.expression(only.tokens)?.text ?? "raise"
            return .raises(statement: text, line: only.start.line)
        }
        return .code
    }

    private static func isStringExpression(_ statement: PythonStatement, in module: PythonModule) -> Bool {
        statement.kind == .simple && statement.tokens.allSatisfy { module.tokens[$0].kind == .string }
    }

    private static func doesNothing(_ statement: PythonStatement, in module: PythonModule) -> Bool {
        guard statement.kind == .simple else {
            return false
        }
        let tokens = statement.tokens
        let first = tokens.lowerBound
        switch tokens.count {
        case 1:
            return module.isName(first, "pass") || module.isOperator(first, "...") || module.isName(first, "return")
        case 2:
            return module.isName(first, "return") && module.isName(first + 1, "None")
        default:
            return false
        }
    }
}
