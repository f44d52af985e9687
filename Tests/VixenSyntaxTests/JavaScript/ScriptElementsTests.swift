import Testing
import VixenSyntax

@Suite("Script elements")
struct ScriptElementsTests {
    private func contents(_ source: String) -> [(text: String, line: Int)] {
        let bytes = Array(source.utf8)
        return ScriptElements.contents(in: bytes).map {
            (String(decoding: bytes[$0.range], as: UTF8.self), $0.firstLine)
        }
    }

    @Test func vueComponentScript() {
        let found = contents(
            """
            <template>
              <p>{{ message }}</p>
            </template>
            <script setup lang="ts">
            const message = 'hi'
            </script>
            """)
        #expect(found.map(\.text) == ["\nconst message = 'hi'\n"])
        #expect(found.map(\.line) == [4])
    }

    @Test func severalScriptsKeepTheirLines() {
        let found = contents("<script context=\"module\">a</script>\n<div/>\n<SCRIPT>\nb</SCRIPT>")
        #expect(found.map(\.text) == ["a", "\nb"])
        #expect(found.map(\.line) == [1, 3])
    }

    @Test func quotedGreaterThanInAttribute() {
        #expect(contents("<script data-x=\"a>b\">code</script>").map(\.text) == ["code"])
    }

    @Test func selfClosingScriptHasNoContent() {
        #expect(contents("<script src=\"x.js\" />\n<script>y</script>").map(\.text) == ["y"])
    }

    @Test func commentedOutScriptIsSkipped() {
        let found = contents("<!-- <script>old</script>\n -->\n<script>new</script>")
        #expect(found.map(\.text) == ["new"])
        #expect(found.map(\.line) == [3])
    }

    @Test func otherTagsStartingWithScriptAreNotScripts() {
        #expect(contents("<scripts>x</scripts>").isEmpty)
    }

    @Test func unclosedScriptRunsToEnd() {
        #expect(contents("<script>\nlet a").map(\.text) == ["\nlet a"])
    }

    @Test func unclosedOpeningTagGivesNothing() {
        #expect(contents("<script lang=\"ts\"").isEmpty)
    }
}
