import Testing

@testable import VixenChecks

/// Tokens of PostgreSQL text: strings, identifiers, comments, numbers and line numbers.
@Suite struct SQLLexerTests {
    private func kinds(_ sql: String) -> [SQLToken.Kind] {
        SQLLexer.tokenize(sql).map(\.kind)
    }

    private func texts(_ sql: String) -> [String] {
        SQLLexer.tokenize(sql).map(\.text)
    }

    @Test func wordsFoldToLowerCase() {
        let tokens = SQLLexer.tokenize("CREATE Index ix_Users")
        #expect(tokens.map(\.value) == ["create", "index", "ix_users"])
        #expect(tokens.map(\.text) == ["CREATE", "Index", "ix_Users"])
        #expect(tokens.map(\.kind) == [.word, .word, .word])
    }

    @Test func wordsKeepNonASCIILetters() {
        let tokens = SQLLexer.tokenize("SELECT Año, café$1")
        #expect(tokens.map(\.value) == ["select", "año", ",", "café$1"])
    }

    @Test func quotedIdentifierUndoesDoubledQuotes() {
        let tokens = SQLLexer.tokenize(#""My ""Big"" Table""#)
        #expect(tokens.count == 1)
        #expect(tokens.first?.kind == .quotedIdentifier)
        #expect(tokens.first?.value == #"My "Big" Table"#)
        #expect(tokens.first?.text == #""My ""Big"" Table""#)
    }

    @Test func unicodeIdentifierIsOneToken() {
        let tokens = SQLLexer.tokenize(#"U&"d\0061t\+000061" UESCAPE '!'"#)
        #expect(tokens.map(\.kind) == [.quotedIdentifier, .word, .string])
        #expect(tokens.first?.value == #"d\0061t\+000061"#)
    }

    @Test func standardStringKeepsBackslashes() {
        #expect(texts(#"'a\' ; z'"#) == [#"'a\'"#, ";", "z", "'"])
    }

    @Test func standardStringDoublesQuotes() {
        #expect(texts("'it''s; fine' ;") == ["'it''s; fine'", ";"])
    }

    @Test func escapeStringTakesBackslashedQuote() {
        #expect(texts(#"E'it\'s; \\' ;"#) == [#"E'it\'s; \\'"#, ";"])
        #expect(kinds(#"e'\''"#) == [.string])
    }

    @Test func prefixedStringsAreStrings() {
        #expect(kinds("B'1010' X'ff' N'ñ' U&'d\\0061ta'") == [.string, .string, .string, .string])
    }

    @Test func dollarQuotedBodyKeepsSemicolons() {
        let sql = "$$ BEGIN; 'x'; END; $$;"
        #expect(texts(sql) == ["$$ BEGIN; 'x'; END; $$", ";"])
    }

    @Test func taggedDollarQuoteIgnoresOtherTags() {
        let sql = "$fn$ SELECT $$;$$; $inner$ ; $inner$ $fn$ ;"
        #expect(texts(sql) == ["$fn$ SELECT $$;$$; $inner$ ; $inner$ $fn$", ";"])
    }

    @Test func parameterIsNotDollarQuote() {
        #expect(kinds("$1 + $22") == [.parameter, .operator, .parameter])
    }

    @Test func dollarInsideWordIsPartOfIt() {
        #expect(texts("a$b$ ;") == ["a$b$", ";"])
    }

    @Test func loneDollarIsUnknown() {
        #expect(kinds("$ ;") == [.unknown, .semicolon])
    }

    @Test func nestedBlockCommentIsSkipped() {
        #expect(texts("a /* one /* two; */ still; */ b") == ["a", "b"])
    }

    @Test func lineCommentRunsToLineEnd() {
        #expect(texts("a -- b; c\nd") == ["a", "d"])
    }

    @Test func operatorStopsBeforeComment() {
        #expect(texts("a=--x\nb+/*y*/c") == ["a", "=", "b", "+", "c"])
    }

    @Test func castIsOneOperator() {
        #expect(texts("x::text") == ["x", "::", "text"])
        #expect(kinds("x::text") == [.word, .operator, .word])
    }

    @Test func numbersTakeFractionsAndExponents() {
        #expect(
            texts("1 .5 2.25 1e10 3.1E-2 0x1F 1_000 1..2") == [
                "1", ".5", "2.25", "1e10", "3.1E-2", "0x1F", "1_000", "1", ".", ".2",
            ])
    }

    @Test func punctuationHasItsOwnKinds() {
        #expect(
            kinds("( ) [ ] , ; . :") == [
                .leftParenthesis, .rightParenthesis, .leftBracket, .rightBracket, .comma, .semicolon, .dot, .colon,
            ])
    }

    @Test func metaCommandRunsToLineEnd() {
        let tokens = SQLLexer.tokenize("\\connect app; x\nSELECT 1")
        #expect(tokens.map(\.text) == ["\\connect app; x", "SELECT", "1"])
        #expect(tokens.first?.kind == .metaCommand)
    }

    @Test func backslashSemicolonIsShortMetaCommand() {
        #expect(texts("a \\; b") == ["a", "\\;", "b"])
    }

    @Test func linesCountLineFeeds() {
        let tokens = SQLLexer.tokenize("a\n\nb /* x\ny */ c\n'1\n2' d")
        #expect(tokens.map(\.line) == [1, 3, 4, 5, 6])
    }

    @Test func crlfCountsLikeLF() {
        let tokens = SQLLexer.tokenize("a\r\nb\r\n\r\nc")
        #expect(tokens.map(\.line) == [1, 2, 4])
        #expect(tokens.map(\.text) == ["a", "b", "c"])
    }

    @Test func unterminatedStringRunsToEnd() {
        let tokens = SQLLexer.tokenize("SELECT 'abc;\nDROP TABLE users;")
        #expect(tokens.count == 2)
        #expect(tokens.last?.kind == .string)
        #expect(tokens.last?.isTerminated == false)
        #expect(tokens.last?.text == "'abc;\nDROP TABLE users;")
    }

    @Test func unterminatedEscapeStringEndingInBackslash() {
        let tokens = SQLLexer.tokenize(#"E'abc\"#)
        #expect(tokens.map(\.text) == [#"E'abc\"#])
        #expect(tokens.first?.isTerminated == false)
    }

    @Test func unterminatedDollarQuoteRunsToEnd() {
        let tokens = SQLLexer.tokenize("DO $body$ BEGIN; END")
        #expect(tokens.map(\.text) == ["DO", "$body$ BEGIN; END"])
        #expect(tokens.last?.isTerminated == false)
    }

    @Test func unterminatedQuotedIdentifierKeepsItsContent() {
        let tokens = SQLLexer.tokenize(#""abc"""#)
        #expect(tokens.first?.value == #"abc""#)
        #expect(tokens.first?.isTerminated == false)
    }

    @Test func unterminatedCommentEndsTheText() {
        #expect(texts("a /* b /* c */ d") == ["a"])
    }

    @Test func controlCharacterIsUnknown() {
        #expect(kinds("a\u{01}b") == [.word, .unknown, .word])
    }

    @Test func emptyTextHasNoTokens() {
        #expect(SQLLexer.tokenize("").isEmpty)
        #expect(SQLLexer.tokenize(" \n-- only a comment\n/* and another */").isEmpty)
    }
}
