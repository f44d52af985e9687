import Testing
import VixenSyntax

/// Constant expressions and decoded string values.
@Suite struct PythonLiteralTests {
    private func literal(_ expression: String) -> PythonLiteral? {
        let module = PythonModule("x = " + expression + "\n")
        guard let value = module.assignment(to: "x")?.value else {
            return nil
        }
        return module.literal(value)
    }

    @Test func constants() {
        #expect(literal("None") == PythonLiteral.none)
        #expect(literal("True") == .bool(true))
        #expect(literal("-1_0") == .number("-1_0"))
        #expect(literal("'a' \"b\"") == .string("ab"))
        #expect(literal("b'\\x00\\xff'") == .bytes([0, 255]))
    }

    @Test func tuplesAndLists() {
        #expect(literal("'a', 'b'") == .tuple([.string("a"), .string("b")]))
        #expect(literal("('a',)") == .tuple([.string("a")]))
        #expect(literal("('a')") == .string("a"))
        #expect(literal("()") == .tuple([]))
        #expect(literal("[['a'], 1]") == .list([.list([.string("a")]), .number("1")]))
        #expect(literal("(\n    'a',  # first\n    'b',\n)") == .tuple([.string("a"), .string("b")]))
    }

    @Test func nonConstantsAreNil() {
        #expect(literal("f'{a}'") == nil)
        #expect(literal("name") == nil)
        #expect(literal("'a' + 'b'") == nil)
        #expect(literal("'a' b'b'") == nil)
        #expect(literal("(1)(2)") == nil)
    }

    @Test func escapesAreDecoded() {
        #expect(
            literal("'tab\\there\\n\\'q\\' \\x41\\101\\u00e9\\U0001F600 \\d'") == .string("tab\there\n'q' AAé😀 \\d"))
        #expect(literal("r'\\n\\d'") == .string("\\n\\d"))
        #expect(literal("'''one\\\ntwo'''") == .string("onetwo"))
        #expect(literal("'\\N{DASH}'") == .string("\\N{DASH}"))
        #expect(literal("''") == .string(""))
        #expect(literal("\"\"\"\"\"\"") == .string(""))
    }
}
