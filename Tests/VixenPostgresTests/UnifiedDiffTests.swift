import Testing
import VixenPostgres

@Suite struct UnifiedDiffTests {
    @Test func equalTextsGiveNoDiff() {
        let text = "a\nb\nc\n"

        #expect(UnifiedDiff.make(old: text, new: text, oldLabel: "old", newLabel: "new") == "")
    }

    @Test func addedLineWithContext() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n"
        let new = "1\n2\n3\n4\nadded\n5\n6\n7\n8\n"

        let diff = UnifiedDiff.make(old: old, new: new, oldLabel: "before", newLabel: "after")

        #expect(
            diff == """
                --- before
                +++ after
                @@ -2,6 +2,7 @@
                 2
                 3
                 4
                +added
                 5
                 6
                 7

                """)
    }

    @Test func changedLineShowsRemovalFirst() {
        let old = "CREATE TABLE users (\n    id integer,\n    email text\n);\n"
        let new = "CREATE TABLE users (\n    id integer,\n    email text,\n    bio text\n);\n"

        let diff = UnifiedDiff.make(old: old, new: new, oldLabel: "a", newLabel: "b")

        #expect(
            diff == """
                --- a
                +++ b
                @@ -1,4 +1,5 @@
                 CREATE TABLE users (
                     id integer,
                -    email text
                +    email text,
                +    bio text
                 );

                """)
    }

    @Test func distantChangesGetSeparateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        var newLines = (1...20).map(String.init)
        newLines[1] = "two"
        newLines[18] = "nineteen"
        let new = newLines.joined(separator: "\n") + "\n"

        let diff = UnifiedDiff.make(old: old, new: new, oldLabel: "a", newLabel: "b")

        #expect(
            diff == """
                --- a
                +++ b
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -16,5 +16,5 @@
                 16
                 17
                 18
                -19
                +nineteen
                 20

                """)
    }

    @Test func nearChangesShareOneHunk() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
        let new = "1\nx\n3\n4\n5\n6\n7\ny\n9\n"

        let diff = UnifiedDiff.make(old: old, new: new, oldLabel: "a", newLabel: "b")

        #expect(
            diff == """
                --- a
                +++ b
                @@ -1,9 +1,9 @@
                 1
                -2
                +x
                 3
                 4
                 5
                 6
                 7
                -8
                +y
                 9

                """)
    }

    @Test func textFromNothing() {
        let diff = UnifiedDiff.make(old: "", new: "a\nb\n", oldLabel: "a", newLabel: "b")

        #expect(diff == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n")
    }

    @Test func textToNothing() {
        let diff = UnifiedDiff.make(old: "a\n", new: "", oldLabel: "a", newLabel: "b")

        #expect(diff == "--- a\n+++ b\n@@ -1 +0,0 @@\n-a\n")
    }
}
