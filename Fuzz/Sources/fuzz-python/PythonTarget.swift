import FuzzSupport
import VixenSyntax

/// Reads the input as a Python module and checks the reader's invariants.
///
/// Every input must tokenize and read without a crash. The harness also checks the invariants:
/// tokens go forward through the input without overlapping, positions agree with byte offsets,
/// and the list ends with exactly one end marker. Every range that a function, class,
/// statement or call reports must lie inside the token list.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPython(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let module = PythonModule(bytes: fuzzInputBytes(data, size))
    checkTokens(module)
    checkDefinitions(module)
    for statement in module.statements {
        checkRange(statement.tokens, in: module, "statement")
        _ = module.calls(in: statement.tokens).map { checkRange($0.tokens, in: module, "call") }
    }
    for assignment in module.assignments {
        if let value = assignment.value {
            _ = module.literal(value)
        }
    }
    return 0
}

private func checkTokens(_ module: PythonModule) {
    precondition(module.tokens.last?.kind == .endOfInput, "the last token is not the end marker")
    precondition(module.tokens.filter { $0.kind == .endOfInput }.count == 1, "more than one end marker")
    var previousEnd = 0
    for token in module.tokens {
        precondition(token.range.lowerBound >= previousEnd, "tokens overlap or go backwards at \(token.start)")
        precondition(token.range.upperBound <= module.source.bytes.count, "token past the end at \(token.start)")
        precondition(module.source.position(of: token.range.lowerBound) == token.start, "wrong start \(token.start)")
        precondition(module.source.position(of: token.range.upperBound) == token.end, "wrong end \(token.end)")
        previousEnd = token.range.upperBound
    }
    let indents = module.tokens.filter { $0.kind == .indent }.count
    let dedents = module.tokens.filter { $0.kind == .dedent }.count
    precondition(indents == dedents, "\(indents) indents but \(dedents) dedents")
}

private func checkDefinitions(_ module: PythonModule) {
    for function in module.functions {
        checkRange(function.tokens, in: module, "function \(function.qualifiedName)")
        checkRange(function.body.tokens, in: module, "body of \(function.qualifiedName)")
        precondition(function.start <= function.keyword, "decorators after the def keyword")
        precondition(function.body.start <= function.body.end, "body ends before it starts")
        _ = module.statements(in: function.body.tokens)
    }
    for definition in module.classes {
        checkRange(definition.tokens, in: module, "class \(definition.qualifiedName)")
        checkRange(definition.body.tokens, in: module, "body of \(definition.qualifiedName)")
    }
}

private func checkRange(_ range: Range<Int>, in module: PythonModule, _ what: String) {
    precondition(range.lowerBound >= 0 && range.upperBound <= module.tokens.count, "\(what) is out of bounds")
}

@main
enum PythonTargetMain {
    static func main() {
        FuzzDriver.run(fuzzPython)
    }
}
