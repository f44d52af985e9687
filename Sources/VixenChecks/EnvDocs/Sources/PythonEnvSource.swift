import VixenSyntax

/// Python reads: `os.environ["X"]`, `os.environ.get("X")`, `os.getenv("X")` and python-decouple's
/// `config("X")`.
///
/// `environ` and `getenv` without `os.` count when the module imports from `os`, and `config`
/// when it names `decouple`, so an unrelated `config(...)` call is not read as a variable.
/// Assignments and deletions (`os.environ["X"] = v`, `del os.environ["X"]`) set variables rather
/// than read them, so they are left out. A name that is not a string literal is a dynamic lookup.
struct PythonEnvSource: EnvSource {
    func handles(_ path: String) -> Bool {
        EnvSources.fileExtension(path) == "py"
    }

    func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        let module = PythonModule(bytes: bytes)
        let imports = Imports(module)
        var result = EnvFileReads()
        for call in module.calls(in: 0..<module.tokens.count) where imports.isLookupFunction(call.callee) {
            guard let argument = call.positionalArgument(0) ?? call.argument(named: "key") else {
                continue
            }
            add(argument, module: module, path: path, text: call.callee + "(\(argument.text))", to: &result)
        }
        for index in module.tokens.indices where isEnvironSubscript(module, at: index, imports: imports) {
            guard let close = closingBracket(module, open: index + 1), !isWrite(module, environ: index, close: close),
                let key = module.expression((index + 2)..<close)
            else {
                continue
            }
            add(key, module: module, path: path, text: "environ[\(key.text)]", to: &result)
        }
        return result
    }

    private func add(
        _ expression: PythonExpression, module: PythonModule, path: String, text: String, to result: inout EnvFileReads
    ) {
        if let name = module.literal(expression)?.stringValue {
            result.reads.append(EnvRead(name: name, path: path, line: expression.start.line, origin: .python))
        } else {
            result.dynamicLookups.append(EnvDynamicLookup(path: path, line: expression.start.line, expression: text))
        }
    }

    /// True when the token at `index` is `environ` of `os` followed by `[`.
    private func isEnvironSubscript(_ module: PythonModule, at index: Int, imports: Imports) -> Bool {
        guard module.isName(index, "environ"), module.isOperator(index + 1, "[") else {
            return false
        }
        if module.isOperator(index - 1, ".") {
            return module.isName(index - 2, "os") && !module.isOperator(index - 3, ".")
        }
        return imports.fromOS
    }

    private func closingBracket(_ module: PythonModule, open: Int) -> Int? {
        var depth = 0
        for index in open..<module.tokens.count {
            if ["(", "[", "{"].contains(where: { module.isOperator(index, $0) }) {
                depth += 1
            } else if [")", "]", "}"].contains(where: { module.isOperator(index, $0) }) {
                depth -= 1
                if depth == 0 {
                    return index
                }
            }
        }
        return nil
    }

    /// True for `os.environ["X"] = v`, `os.environ["X"] += v` and `del os.environ["X"]`.
    private func isWrite(_ module: PythonModule, environ: Int, close: Int) -> Bool {
        let first = module.isOperator(environ - 1, ".") ? environ - 2 : environ
        if module.isName(first - 1, "del") {
            return true
        }
        let assignments = ["=", "+=", "-=", "|=", ":="]
        return assignments.contains { module.isOperator(close + 1, $0) }
    }

    /// The module's imports that change how a bare name reads.
    private struct Imports {
        /// True when the module has `from os import ...`.
        let fromOS: Bool
        /// True when the module names `decouple`, as `from decouple import config` does.
        let usesDecouple: Bool

        init(_ module: PythonModule) {
            var fromOS = false
            var usesDecouple = false
            for index in module.tokens.indices where module.tokens[index].kind == .name {
                if module.isName(index, "from"), module.isName(index + 1, "os"), module.isName(index + 2, "import") {
                    fromOS = true
                } else if module.isName(index, "decouple") {
                    usesDecouple = true
                }
            }
            self.fromOS = fromOS
            self.usesDecouple = usesDecouple
        }

        func isLookupFunction(_ callee: String) -> Bool {
            switch callee {
            case "os.getenv", "os.environ.get": true
            case "getenv", "environ.get": fromOS
            case "config", "decouple.config": usesDecouple
            default: false
            }
        }
    }
}
