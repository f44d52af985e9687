import Testing
import VixenSyntax

/// Tests the token view of a module: brackets, depth and compact text, with comments left out.
@Suite struct JavaScriptCodeTests {
    @Test func commentsAreLeftOut() {
        let code = JavaScriptCode(Array("a /* b */ c // d\n".utf8))

        #expect(code.tokens.count == 2)
        #expect(code.text(at: 1) == "c")
        #expect(code.text(at: 2) == "")
    }

    @Test func matchingBracketSkipsTemplates() {
        let code = JavaScriptCode(Array("f(`x${ {a: 1} }y`, [2]) + 3".utf8))

        #expect(code.matchingBracket(1) == 13)
        #expect(code.text(at: 13) == ")")
        #expect(code.matchingBracket(0) == nil)
    }

    @Test func depthCountsOpenBrackets() {
        let code = JavaScriptCode(Array("{ a: [b, { c }] }".utf8))

        #expect(code.depth(of: 1, from: 0) == 1)
        #expect(code.depth(of: 7, from: 0) == 3)
    }

    @Test func compactTextSpacesOnlyWords() {
        let code = JavaScriptCode(Array("return  Promise .resolve( 1 )  ;".utf8))

        #expect(code.compactText(0..<code.tokens.count) == "return Promise.resolve(1);")
        #expect(code.isWord("return", at: 0))
        #expect(code.isPunctuator(";", at: 7))
        #expect(!code.isPunctuator("(", at: 0))
    }
}
