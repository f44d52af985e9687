import Testing
import VixenSyntax

@Suite("JavaScript lexer")
struct JavaScriptLexerTests {
    @Test func namesKeywordsAndPunctuators() {
        #expect(
            lex("const total = items.length;")
                == [
                    LexedToken(.keyword, "const"), LexedToken(.identifier, "total"), LexedToken(.punctuator, "="),
                    LexedToken(.identifier, "items"), LexedToken(.punctuator, "."), LexedToken(.identifier, "length"),
                    LexedToken(.punctuator, ";"),
                ])
    }

    @Test func contextualWordsAreIdentifiers() {
        #expect(kinds("async of type as interface") == Array(repeating: .identifier, count: 5))
    }

    @Test func debuggerIsKeyword() {
        #expect(lex("debugger;") == [LexedToken(.keyword, "debugger"), LexedToken(.punctuator, ";")])
    }

    @Test func longestPunctuatorWins() {
        let texts = lex("a >>>= b ?? c?.d ... === !== **= => ?.").map(\.text)
        #expect(texts == ["a", ">>>=", "b", "??", "c", "?.", "d", "...", "===", "!==", "**=", "=>", "?."])
    }

    @Test func optionalChainBeforeDigitIsConditional() {
        #expect(lex("a?.5:1").map(\.text) == ["a", "?", ".5", ":", "1"])
    }

    @Test func privateNameAndHash() {
        #expect(lex("this.#count").map(\.kind) == [.keyword, .punctuator, .privateName])
    }

    @Test func unicodeIdentifiersAndEscapes() {
        #expect(
            lex("const año = \\u0061b; let \\u{62}c").map(\.text) == [
                "const", "año", "=", "\\u0061b", ";", "let", "\\u{62}c",
            ])
    }

    @Test func unknownByteIsKept() {
        #expect(
            lex("a \\ b") == [LexedToken(.identifier, "a"), LexedToken(.unknown, "\\"), LexedToken(.identifier, "b")])
    }

    // MARK: Numbers

    @Test func numberForms() {
        let source = "0 42 3.14 .5 1e10 2E-3 0xFF 0o17 0b1010 1_000_000 10n 0x1Fn 5."
        let tokens = lex(source)
        #expect(tokens.allSatisfy { $0.kind == .number })
        #expect(
            tokens.map(\.text) == [
                "0", "42", "3.14", ".5", "1e10", "2E-3", "0xFF", "0o17", "0b1010", "1_000_000", "10n", "0x1Fn", "5.",
            ])
    }

    @Test func memberAfterNumberIsSeparate() {
        #expect(lex("1..toString()").map(\.text) == ["1.", ".", "toString", "(", ")"])
    }

    // MARK: Strings

    @Test func quotedStrings() {
        #expect(
            lex(#"'it\'s' "say \"hi\"""#)
                == [LexedToken(.string, #"'it\'s'"#), LexedToken(.string, #""say \"hi\"""#)])
    }

    @Test func consoleInsideStringIsOneToken() {
        #expect(lex(#"log("console.log(x)")"#).map(\.kind) == [.identifier, .punctuator, .string, .punctuator])
    }

    @Test func unterminatedStringEndsAtLineBreak() {
        let bytes = Array("x = 'open\ny = 1".utf8)
        let tokens = JavaScriptLexer.tokens(in: bytes)
        #expect(tokens.map { $0.text(in: bytes) } == ["x", "=", "'open", "y", "=", "1"])
        #expect(tokens[2].isTerminated == false)
        #expect(tokens[3].line == 2)
    }

    @Test func escapedLineBreakContinuesString() {
        let bytes = Array("'a\\\nb' c".utf8)
        let tokens = JavaScriptLexer.tokens(in: bytes)
        #expect(tokens.count == 2)
        #expect(tokens[0].line == 1)
        #expect(tokens[0].lastLine == 2)
        #expect(tokens[1].line == 2)
    }

    // MARK: Comments

    @Test func lineAndBlockComments() {
        #expect(
            lex("a // console.log(1)\n/* debugger\n */ b")
                == [
                    LexedToken(.identifier, "a"), LexedToken(.lineComment, "// console.log(1)"),
                    LexedToken(.blockComment, "/* debugger\n */", line: 2), LexedToken(.identifier, "b", line: 3),
                ])
    }

    @Test func unterminatedBlockCommentRunsToEnd() {
        let tokens = JavaScriptLexer.tokens(in: Array("a /* open\nstill".utf8))
        #expect(tokens.map(\.kind) == [.identifier, .blockComment])
        #expect(tokens[1].isTerminated == false)
        #expect(tokens[1].lastLine == 2)
    }

    @Test func hashbangIsComment() {
        #expect(lex("#!/usr/bin/env node\nrun()").map(\.kind) == [.lineComment, .identifier, .punctuator, .punctuator])
    }

    // MARK: Templates

    @Test func templateWithoutSubstitution() {
        #expect(lex("`plain $ text`") == [LexedToken(.noSubstitutionTemplate, "`plain $ text`")])
    }

    @Test func templateWithSubstitutions() {
        #expect(
            lex("`a${x}b${y}c`")
                == [
                    LexedToken(.templateHead, "`a${"), LexedToken(.identifier, "x"),
                    LexedToken(.templateMiddle, "}b${"),
                    LexedToken(.identifier, "y"), LexedToken(.templateTail, "}c`"),
                ])
    }

    @Test func bracesInsideSubstitutionAreCounted() {
        #expect(
            lex("`${ {a: 1}.a }`").map(\.kind)
                == [
                    .templateHead, .punctuator, .identifier, .punctuator, .number, .punctuator, .punctuator,
                    .identifier,
                    .templateTail,
                ])
    }

    @Test func nestedTemplates() {
        #expect(
            lex("`outer ${ `inner ${ deep } end` } done`").map(\.kind)
                == [.templateHead, .templateHead, .identifier, .templateTail, .templateTail])
    }

    @Test func multilineTemplateKeepsLines() {
        let tokens = lex("`line one\nline ${two}\n`\nafter")
        #expect(tokens.map(\.line) == [1, 2, 2, 4])
    }

    @Test func consoleInsideTemplateTextIsNotCode() {
        #expect(lex("`console.log(${x})`").map(\.kind) == [.templateHead, .identifier, .templateTail])
    }

    // MARK: Regular expressions and division

    @Test func regularExpressionAfterOperator() {
        #expect(lex("x = /ab+c/gi;").map(\.kind) == [.identifier, .punctuator, .regularExpression, .punctuator])
    }

    @Test func divisionAfterName() {
        #expect(lex("a / b / c").map(\.kind) == [.identifier, .punctuator, .identifier, .punctuator, .identifier])
    }

    @Test func divisionAfterClosingParenthesis() {
        #expect(lex("(a) / 2 / (b)").map(\.text) == ["(", "a", ")", "/", "2", "/", "(", "b", ")"])
    }

    @Test func regularExpressionAfterReturnKeyword() {
        #expect(lex("return /x/.test(s)").map(\.kind)[1] == .regularExpression)
    }

    @Test func divisionAfterThis() {
        #expect(lex("this / 2 / 1").map(\.kind) == [.keyword, .punctuator, .number, .punctuator, .number])
    }

    @Test func slashInsideClassDoesNotClose() {
        #expect(lex("s.split(/[/]+/)").map(\.text) == ["s", ".", "split", "(", "/[/]+/", ")"])
    }

    @Test func escapedSlashDoesNotClose() {
        #expect(lex(#"x = /a\/b/"#).map(\.text) == ["x", "=", #"/a\/b/"#])
    }

    @Test func slashWithoutCloseIsDivision() {
        #expect(lex("x = / 2\ny").map(\.kind) == [.identifier, .punctuator, .punctuator, .number, .identifier])
    }

    @Test func divideAssign() {
        #expect(lex("a /= 2").map(\.text) == ["a", "/=", "2"])
    }

    @Test func regularExpressionAtStart() {
        #expect(lex("/debugger/.test(x)").first?.kind == .regularExpression)
    }

    @Test func regularExpressionAfterSubstitutionStart() {
        #expect(
            lex("`${/a/.source}`").map(\.kind) == [
                .templateHead, .regularExpression, .punctuator, .identifier, .templateTail,
            ])
    }

    // MARK: Lines and ranges

    @Test func linesCountAtLineFeedOnly() {
        #expect(lex("a\r\nb\rc\n\nd").map(\.line) == [1, 2, 2, 4])
    }

    @Test func unicodeSpacesSeparateTokens() {
        #expect(lex("a\u{00A0}b\u{2028}c\u{FEFF}d\u{3000}e").map(\.text) == ["a", "b", "c", "d", "e"])
    }

    @Test func rangeLexingKeepsFileOffsetsAndLines() {
        let bytes = Array("<script>\nlet a = 1\n</script>".utf8)
        let tokens = JavaScriptLexer.tokens(in: bytes, range: 8..<19, firstLine: 1)
        #expect(tokens.map { $0.text(in: bytes) } == ["let", "a", "=", "1"])
        #expect(tokens.map(\.line) == [2, 2, 2, 2])
        #expect(tokens.first?.range == 9..<12)
    }

    @Test func rangeBeyondSourceIsClamped() {
        #expect(JavaScriptLexer.tokens(in: Array("ab".utf8), range: 0..<10, firstLine: 1).count == 1)
    }

    // MARK: JSX and TypeScript

    @Test func jsxTextApostropheDoesNotSwallowNextLines() {
        let source = """
            const view = <p>Don't click</p>;
            console.log(view);
            """
        let tokens = lex(source).filter { $0.line == 2 }
        #expect(tokens.map(\.text) == ["console", ".", "log", "(", "view", ")", ";"])
    }

    @Test func typeScriptGenericsAndAnnotations() {
        let tokens = lex("function f<T>(x: Array<T>): T { return x[0] as T }")
        #expect(!tokens.contains { $0.kind == .unknown })
        #expect(tokens.filter { $0.kind == .keyword }.map(\.text) == ["function", "return"])
    }

    @Test func invalidUTF8IsIdentifierBytes() {
        let tokens = JavaScriptLexer.tokens(in: [0x61, 0xFF, 0x20, 0x62])
        #expect(tokens.map(\.kind) == [.identifier, .identifier])
        #expect(tokens.map(\.range) == [0..<2, 3..<4])
    }

    @Test func emptySourceHasNoTokens() {
        #expect(JavaScriptLexer.tokens(in: []).isEmpty)
    }
}
