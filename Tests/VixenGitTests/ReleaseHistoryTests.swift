import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Tags, reachability and whole commit messages, which the deploy plan's version is counted from.
struct ReleaseHistoryTests {
    /// A history on `main` of four commits, tagged `v1.0.0` (lightweight) at the first and `v1.1.0`
    /// (annotated) at the second, and a branch `side` off the first with one commit tagged `v9.0.0`.
    private struct History {
        let fixture: GitRepository
        /// The commits on `main`, oldest first.
        let main: [ObjectID]
        let side: ObjectID

        init() throws {
            fixture = try GitRepository()
            var main: [ObjectID] = []
            for (index, message) in ["feat: start", "fix: a bug", "Add notes\n\nBody line.", "feat!: break"]
                .enumerated()
            {
                try fixture.write("notes.txt", "version \(index)\n")
                main.append(ObjectID(hex: try fixture.commit(message)))
            }
            try fixture.tag("v1.0.0", at: main[0].hex)
            try fixture.tag("v1.1.0", at: main[1].hex, message: "Release 1.1.0")
            try fixture.checkout("side", createBranch: true)
            try fixture.git("reset", "--quiet", "--hard", main[0].hex)
            try fixture.write("side.txt", "side\n")
            side = ObjectID(hex: try fixture.commit("feat: side work"))
            try fixture.tag("v9.0.0", at: side.hex)
            try fixture.checkout("main")
            self.main = main
        }
    }

    @Test func tagsPeelToCommits() throws {
        let history = try History()
        try history.fixture.git("tag", "tree-only", "HEAD^{tree}")

        let tags = try history.fixture.open().tags()

        #expect(
            tags == [
                GitTag(name: "v1.0.0", commit: history.main[0]), GitTag(name: "v1.1.0", commit: history.main[1]),
                GitTag(name: "v9.0.0", commit: history.side),
            ])
    }

    @Test func reachableCommitsFromHead() throws {
        let history = try History()
        let candidates: Set<ObjectID> = [history.main[0], history.main[1], history.side]

        let reachable = try history.fixture.open().reachableCommits(among: candidates, from: history.main[3])

        #expect(reachable == [history.main[0], history.main[1]])
    }

    @Test func headItselfIsReachable() throws {
        let history = try History()
        let reachable = try history.fixture.open().reachableCommits(among: [history.main[3]], from: history.main[3])
        #expect(reachable == [history.main[3]])
    }

    @Test func noCandidatesReadsNothing() throws {
        let history = try History()
        #expect(try history.fixture.open().reachableCommits(among: [], from: history.main[3]) == [])
    }

    @Test func shallowCloneStopsReachability() throws {
        let history = try History()
        let clone = try history.fixture.clone(depth: 2)
        let repository = try clone.open()

        #expect(throws: GitError.self) {
            try repository.reachableCommits(among: [history.main[0]], from: history.main[3])
        }
        #expect(try repository.reachableCommits(among: [history.main[2]], from: history.main[3]) == [history.main[2]])
    }

    @Test func messagesSinceTagAreWholeAndOrdered() throws {
        let history = try History()

        let messages = try history.fixture.open().commitMessages(head: history.main[3], hiding: [history.main[1]])

        #expect(messages.map(\.id) == [history.main[2], history.main[3]])
        #expect(messages.map(\.message) == ["Add notes\n\nBody line.\n", "feat!: break\n"])
        #expect(messages.map(\.isMerge) == [false, false])
    }

    @Test func mergeCommitIsMarked() throws {
        let history = try History()
        let merge = ObjectID(hex: try history.fixture.merge("side", message: "Merge branch 'side'"))

        let messages = try history.fixture.open().commitMessages(head: merge, hiding: [history.main[3]])

        #expect(messages.map(\.id) == [history.side, merge])
        #expect(messages.map(\.isMerge) == [false, true])
        #expect(messages.last?.parents == [history.main[3], history.side])
    }
}
