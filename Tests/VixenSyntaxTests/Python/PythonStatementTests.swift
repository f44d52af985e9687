import Testing
import VixenSyntax

/// Statements of blocks: simple, compound, one-line suites and `;`.
@Suite struct PythonStatementTests {
    private func headers(_ source: String) -> [String] {
        let module = PythonModule(source)
        return module.statements.map { module.expression($0.header)?.text ?? "" }
    }

    @Test func semicolonsSeparateSimpleStatements() {
        #expect(headers("a = 1; b = 2;\nc()\n") == ["a = 1", "b = 2", "c()"])
    }

    @Test func clausesAreSeparateStatements() {
        let source = "try:\n    x()\nexcept ValueError as error:  # why\n    raise\nfinally:\n    y()\n"
        #expect(headers(source) == ["try:", "except ValueError as error:", "finally:"])
    }

    @Test func compoundStatementKeepsItsBlock() throws {
        let module = PythonModule("if a:\n    # note\n    b()\n    c()\nd()\n")
        let statements = module.statements
        #expect(statements.map(\.kind) == [.compound, .simple])
        let body = try #require(statements[0].body)
        #expect(module.statements(in: body).map { module.expression($0.tokens)?.text } == ["b()", "c()"])
        #expect(statements[0].end == PythonPosition(line: 4, column: 7))
    }

    @Test func oneLineSuite() throws {
        let module = PythonModule("if a: b(); c()\n")
        let body = try #require(module.statements.first?.body)
        #expect(module.statements(in: body).map { module.expression($0.tokens)?.text } == ["b()", "c()"])
    }

    @Test func softKeywordsOnlyStartBlocksBeforeColon() {
        let module = PythonModule("match = 1\nmatch(x)\nmatch command:\n    case [a, b] if a > b:\n        pass\n")
        #expect(module.statements.map(\.kind) == [.simple, .simple, .compound])
    }

    @Test func lambdaColonDoesNotEndHeader() {
        #expect(headers("with f(key=lambda x: x) as g:\n    pass\n") == ["with f(key=lambda x: x) as g:"])
    }

    @Test func decoratorIsSimpleStatement() {
        #expect(headers("@app.get(\"/\")\ndef f():\n    pass\n") == ["@app.get(\"/\")", "def f():"])
    }

    @Test func compoundHeaderInOneLineSuiteBeforeIndent() {
        // `if:` ends the one-line suite of `case:`, so the indented line after it is read as a
        // statement of the module, past its unexpected indent.
        let module = PythonModule("case:if:\n \u{FF}")
        #expect(module.statements.map(\.kind) == [.compound, .simple])
        #expect(module.functions == [])
    }
}
