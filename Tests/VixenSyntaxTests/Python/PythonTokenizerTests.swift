import Testing
import VixenSyntax

/// Token streams checked against Python's `tokenize` module.
///
/// For valid source, each expected stream is what Python 3.11's `tokenize` produces when it
/// reads the source with universal newlines. For invalid source, the tests pin this
/// tokenizer's recovery.
@Suite struct PythonTokenizerTests {
    @Test func functionWithBlocks() {
        let source = "def f(a, *, b=1):\n    if a:\n\treturn (1,\n   2)  # c\n\n# x\nx = 1\\\n + 2\n"
        #expect(
            TokenRendering.render(source) == [
                "NAME def", "NAME f", "OP (", "NAME a", "OP ,", "OP *", "OP ,", "NAME b", "OP =", "NUMBER 1", "OP )",
                "OP :", "NEWLINE", "INDENT", "NAME if", "NAME a", "OP :", "NEWLINE", "INDENT", "NAME return", "OP (",
                "NUMBER 1", "OP ,", "NL", "NUMBER 2", "OP )", "COMMENT # c", "NEWLINE", "NL", "COMMENT # x", "NL",
                "DEDENT", "DEDENT", "NAME x", "OP =", "NUMBER 1", "OP +", "NUMBER 2", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func positionsAreLineAndByteColumn() {
        let module = PythonModule("def f(a, *, b=1):\n    if a:\n\treturn (1,\n   2)  # c\n")
        let positions = module.tokens.map { "\($0.start)-\($0.end)" }
        #expect(
            positions == [
                "1:0-1:3", "1:4-1:5", "1:5-1:6", "1:6-1:7", "1:7-1:8", "1:9-1:10", "1:10-1:11", "1:12-1:13",
                "1:13-1:14", "1:14-1:15", "1:15-1:16", "1:16-1:17", "1:17-2:0", "2:0-2:4", "2:4-2:6", "2:7-2:8",
                "2:8-2:9", "2:9-3:0", "3:0-3:1", "3:1-3:7", "3:8-3:9", "3:9-3:10", "3:10-3:11", "3:11-4:0",
                "4:3-4:4", "4:4-4:5", "4:7-4:10", "4:10-5:0", "5:0-5:0", "5:0-5:0", "5:0-5:0",
            ])
    }

    @Test func missingFinalLineBreakEndsWithEmptyNewline() {
        let module = PythonModule("x = 1")
        #expect(TokenRendering.render(module) == ["NAME x", "OP =", "NUMBER 1", "NEWLINE", "ENDMARKER"])
        #expect(module.tokens[3].range == 5..<5)
    }

    @Test func emptySourceIsOnlyEndMarker() {
        #expect(TokenRendering.render("") == ["ENDMARKER"])
    }

    @Test func blankAndCommentLinesAreNonLogical() {
        #expect(
            TokenRendering.render("\n  \n# only\nx\n") == [
                "NL", "NL", "COMMENT # only", "NL", "NAME x", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func commentAtEndWithoutLineBreak() {
        #expect(TokenRendering.render("x\n# end") == ["NAME x", "NEWLINE", "COMMENT # end", "NL", "ENDMARKER"])
    }

    @Test func crlfLineBreaks() {
        let module = PythonModule("if x:\r\n    y = 'a'\r\n")
        #expect(
            TokenRendering.render(module) == [
                "NAME if", "NAME x", "OP :", "NEWLINE", "INDENT", "NAME y", "OP =", "STRING 'a'", "NEWLINE", "DEDENT",
                "ENDMARKER",
            ])
        #expect(module.tokens[3].range == 5..<7)
        #expect(module.tokens[5].start == PythonPosition(line: 2, column: 4))
    }

    @Test func loneCarriageReturnEndsALine() {
        #expect(TokenRendering.render("a\rb\r") == ["NAME a", "NEWLINE", "NAME b", "NEWLINE", "ENDMARKER"])
    }

    @Test func tabsIndentToMultiplesOfEight() {
        // Eight spaces and one tab reach the same column, so the second line is not a new block.
        #expect(
            TokenRendering.render("if x:\n        a\n\tb\n") == [
                "NAME if", "NAME x", "OP :", "NEWLINE", "INDENT", "NAME a", "NEWLINE", "NAME b", "NEWLINE", "DEDENT",
                "ENDMARKER",
            ])
    }

    @Test func bracketsTurnLineBreaksNonLogical() {
        #expect(
            TokenRendering.render("x = [\n  1,\n\n  2]\n") == [
                "NAME x", "OP =", "OP [", "NL", "NUMBER 1", "OP ,", "NL", "NL", "NUMBER 2", "OP ]", "NEWLINE",
                "ENDMARKER",
            ])
    }

    @Test func indentationInsideBracketsIsIgnored() {
        #expect(
            TokenRendering.render("f(\n        1)\ny\n") == [
                "NAME f", "OP (", "NL", "NUMBER 1", "OP )", "NEWLINE", "NAME y", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func backslashJoinsLines() {
        #expect(
            TokenRendering.render("x = 1 + \\\r\n    2\n") == [
                "NAME x", "OP =", "NUMBER 1", "OP +", "NUMBER 2", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func numbers() {
        let source = "0 1_000 0x1F 0o17 0b1010 1. .5 1.5e-3 1E10 3j 1.5J 1_0.0_1e+1_0\n"
        #expect(
            TokenRendering.render(source) == [
                "NUMBER 0", "NUMBER 1_000", "NUMBER 0x1F", "NUMBER 0o17", "NUMBER 0b1010", "NUMBER 1.", "NUMBER .5",
                "NUMBER 1.5e-3", "NUMBER 1E10", "NUMBER 3j", "NUMBER 1.5J", "NUMBER 1_0.0_1e+1_0", "NEWLINE",
                "ENDMARKER",
            ])
    }

    @Test func numberFollowedByKeyword() {
        #expect(TokenRendering.render("1if x else 2\n").prefix(2) == ["NUMBER 1", "NAME if"])
    }

    @Test func attributeAfterNumberAndEllipsis() {
        #expect(
            TokenRendering.render("x = ...\ny = a.b\n") == [
                "NAME x", "OP =", "OP ...", "NEWLINE", "NAME y", "OP =", "NAME a", "OP .", "NAME b", "NEWLINE",
                "ENDMARKER",
            ])
    }

    @Test func operatorsMatchLongestFirst() {
        let source = "a **= b //= c >>= d <<= e -> f := g != h == i <= j >= k ** l // m @= n\n"
        let operators = TokenRendering.render(source).filter { $0.hasPrefix("OP ") }
        #expect(
            operators == [
                "OP **=", "OP //=", "OP >>=", "OP <<=", "OP ->", "OP :=", "OP !=", "OP ==", "OP <=", "OP >=", "OP **",
                "OP //", "OP @=",
            ])
    }

    @Test func stringPrefixes() {
        let source = "r'a' b\"b\" u'c' f'd' rb'e' BR'f' Rb'g' fR'h' t'i' br'\\'' x'y'\n"
        #expect(
            TokenRendering.render(source) == [
                "STRING r'a'", "STRING b\"b\"", "STRING u'c'", "STRING f'd'", "STRING rb'e'", "STRING BR'f'",
                "STRING Rb'g'", "STRING fR'h'", "STRING t'i'", "STRING br'\\''", "NAME x", "STRING 'y'", "NEWLINE",
                "ENDMARKER",
            ])
    }

    @Test func escapedQuotesStayInsideString() {
        #expect(
            TokenRendering.render("s = 'it\\'s' + \"say \\\"hi\\\"\"\n") == [
                "NAME s", "OP =", "STRING 'it\\'s'", "OP +", "STRING \"say \\\"hi\\\"\"", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func tripleQuotedStringSpansLines() {
        let module = PythonModule("x = '''a\n'b'\n''c'''\ny\n")
        #expect(
            TokenRendering.render(module) == [
                "NAME x", "OP =", "STRING '''a\n'b'\n''c'''", "NEWLINE", "NAME y", "NEWLINE", "ENDMARKER",
            ])
        #expect(module.tokens[2].start == PythonPosition(line: 1, column: 4))
        #expect(module.tokens[2].end == PythonPosition(line: 3, column: 6))
    }

    @Test func backslashContinuesSingleQuotedString() {
        #expect(
            TokenRendering.render("s = 'a\\\nb'\n") == ["NAME s", "OP =", "STRING 'a\\\nb'", "NEWLINE", "ENDMARKER"])
    }

    @Test func fStringWithNestedQuotesIsOneToken() {
        // Python 3.12 accepts the f-string's own quote inside a replacement field.
        let source = "s = f\"{d[\"key\"]:>{width}} {x!r} {{literal}} {'}'}\"\n"
        #expect(
            TokenRendering.render(source) == [
                "NAME s", "OP =", "STRING f\"{d[\"key\"]:>{width}} {x!r} {{literal}} {'}'}\"", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func fStringFormatSpecificationIsLiteral() {
        // The `'` after `:` is a fill character, not the start of a string.
        #expect(
            TokenRendering.render("s = f\"{x:'>10}\" + 'y'\n") == [
                "NAME s", "OP =", "STRING f\"{x:'>10}\"", "OP +", "STRING 'y'", "NEWLINE", "ENDMARKER",
            ])
    }

    @Test func unterminatedStringIsErrorToken() {
        let module = PythonModule("s = 'abc\nt = 1\n")
        #expect(
            TokenRendering.render(module) == [
                "NAME s", "OP =", "ERRORTOKEN 'abc", "NEWLINE", "NAME t", "OP =", "NUMBER 1", "NEWLINE", "ENDMARKER",
            ])
        #expect(
            module.issues == [
                PythonSyntaxIssue(kind: .unterminatedString, position: PythonPosition(line: 1, column: 4))
            ])
    }

    @Test func unterminatedTripleQuotedStringRunsToEnd() {
        let module = PythonModule("s = \"\"\"abc\nt = 1\n")
        #expect(
            TokenRendering.render(module) == [
                "NAME s", "OP =", "ERRORTOKEN \"\"\"abc\nt = 1\n", "NEWLINE", "ENDMARKER",
            ])
        #expect(module.issues.map(\.kind) == [.unterminatedTripleQuotedString])
    }

    @Test func inconsistentDedentIsReported() {
        let module = PythonModule("if x:\n    a\n  b\n")
        #expect(
            module.issues == [
                PythonSyntaxIssue(kind: .inconsistentDedent, position: PythonPosition(line: 3, column: 2))
            ])
        #expect(TokenRendering.render(module).contains("NAME b"))
    }

    @Test func strayCharactersAreErrorTokens() {
        let module = PythonModule("a $ b ? \\ c\n")
        #expect(
            TokenRendering.render(module) == [
                "NAME a", "ERRORTOKEN $", "NAME b", "ERRORTOKEN ?", "ERRORTOKEN \\", "NAME c", "NEWLINE", "ENDMARKER",
            ])
        #expect(module.issues.map(\.kind) == [.unexpectedCharacter, .unexpectedCharacter, .strayBackslash])
    }

    @Test func unclosedBracketAtEnd() {
        let module = PythonModule("f(1,\n")
        #expect(TokenRendering.render(module) == ["NAME f", "OP (", "NUMBER 1", "OP ,", "NL", "NEWLINE", "ENDMARKER"])
        #expect(module.issues.map(\.kind) == [.unclosedBracket])
    }

    @Test func unmatchedClosingBracket() {
        let module = PythonModule("x)\n(]\n")
        #expect(module.issues.map(\.kind) == [.unmatchedBracket, .unmatchedBracket])
    }

    @Test func nonASCIINamesAndInvalidUTF8() {
        var bytes = Array("café = 1\n".utf8)
        bytes += [0x78, 0xE9, 0x20, 0x3D, 0x20, 0x32, 0x0A]  // "x\xE9 = 2" in Latin-1
        let module = PythonModule(bytes: bytes)
        #expect(
            TokenRendering.render(module) == [
                "NAME café", "OP =", "NUMBER 1", "NEWLINE", "NAME x\u{FFFD}", "OP =", "NUMBER 2", "NEWLINE",
                "ENDMARKER",
            ])
        #expect(module.tokens[4].range == 10..<12)
        #expect(module.issues == [])
    }

    @Test func byteOrderMarkIsSkipped() {
        let module = PythonModule(bytes: [0xEF, 0xBB, 0xBF] + Array("x\n".utf8))
        #expect(TokenRendering.render(module) == ["NAME x", "NEWLINE", "ENDMARKER"])
    }

    @Test func dedentsCloseAtEndOfInput() {
        #expect(
            TokenRendering.render("def f():\n    if x:\n        pass") == [
                "NAME def", "NAME f", "OP (", "OP )", "OP :", "NEWLINE", "INDENT", "NAME if", "NAME x", "OP :",
                "NEWLINE", "INDENT", "NAME pass", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER",
            ])
    }
}
