import Testing
import VixenSyntax

/// Calls of names and dotted names with their arguments.
@Suite struct PythonCallTests {
    @Test func dottedCalleeAndArguments() throws {
        let module = PythonModule("op.create_index(op.f('ix_a'), 'users', ['email'], unique=True, **extra)\n")
        let calls = module.calls(in: 0..<module.tokens.count)
        #expect(calls.map(\.callee) == ["op.create_index", "op.f"])
        let call = calls[0]
        #expect(call.arguments.map(\.kind) == [.positional, .positional, .positional, .keyword, .unpackedKeyword])
        #expect(call.positionalArgument(1)?.text == "'users'")
        #expect(call.argument(named: "unique")?.text == "True")
        #expect(call.argument(named: "missing") == nil)
        #expect(call.start == PythonPosition(line: 1, column: 0))
        #expect(call.end == PythonPosition(line: 1, column: 71))
    }

    @Test func keywordOrPosition() throws {
        let module = PythonModule(
            "migrations.RunPython(forwards, backwards)\nmigrations.RunPython(forwards, reverse_code=noop)\n")
        let calls = module.calls(in: 0..<module.tokens.count)
        #expect(calls.map { $0.argument(named: "reverse_code", position: 1)?.text } == ["backwards", "noop"])
    }

    @Test func multiLineCallPositions() throws {
        let module = PythonModule(
            "op.add_column(\n    'users',\n    sa.Column('age', sa.Integer(), nullable=False),\n)\n")
        let calls = module.calls(in: 0..<module.tokens.count)
        #expect(calls.map(\.callee) == ["op.add_column", "sa.Column", "sa.Integer"])
        #expect(calls[0].start.line == 1)
        #expect(calls[0].end.line == 4)
        #expect(calls[0].arguments.count == 2)
    }

    @Test func definitionsKeywordsAndExpressionCalleesAreNotCalls() {
        let module = PythonModule("def f(x):\n    if (x):\n        return ''.join(x)()\n")
        #expect(module.calls(in: 0..<module.tokens.count).map(\.callee) == [])
    }
}
