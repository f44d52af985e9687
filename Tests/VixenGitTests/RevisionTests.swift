import Testing
import VixenCore
import VixenGit
import VixenTestSupport

struct RevisionTests {
    /// Builds a linear history of six commits on `main` and returns their ids oldest first.
    ///
    /// A branch points at the second commit, a lightweight tag at the third and an annotated tag at
    /// the fourth.
    private func makeHistory() throws -> (fixture: GitRepository, commits: [ObjectID]) {
        let fixture = try GitRepository()
        var commits: [ObjectID] = []
        for index in 0..<6 {
            try fixture.write("notes.txt", "version \(index)\n")
            commits.append(ObjectID(hex: try fixture.commit("Write version \(index)")))
        }
        try fixture.branch("feature", at: commits[1].hex)
        try fixture.tag("v0.2", at: commits[2].hex)
        try fixture.tag("v0.3", at: commits[3].hex, message: "Release 0.3")
        return (fixture, commits)
    }

    @Test func ancestorSyntaxResolves() throws {
        let (fixture, commits) = try makeHistory()
        let repository = try fixture.open()

        #expect(try repository.resolveCommit("HEAD~3") == commits[2])
        #expect(try repository.resolveCommit("HEAD") == commits[5])
    }

    @Test func branchResolves() throws {
        let (fixture, commits) = try makeHistory()
        let repository = try fixture.open()

        #expect(try repository.resolveCommit("feature") == commits[1])
        #expect(try repository.resolveCommit("refs/heads/feature") == commits[1])
    }

    @Test func lightweightTagResolves() throws {
        let (fixture, commits) = try makeHistory()
        let repository = try fixture.open()

        #expect(try repository.resolveCommit("v0.2") == commits[2])
    }

    @Test func annotatedTagPeelsToCommit() throws {
        let (fixture, commits) = try makeHistory()
        let repository = try fixture.open()
        let tagObject = try fixture.objectID("refs/tags/v0.3")

        #expect(tagObject != commits[3])
        #expect(try repository.resolveCommit("v0.3") == commits[3])
        #expect(try repository.resolveCommit(tagObject.hex) == commits[3])
    }

    @Test func upstreamResolvesToTrackedBranch() throws {
        let (fixture, commits) = try makeHistory()
        let clone = try fixture.clone()
        try clone.write("notes.txt", "local change\n")
        let local = ObjectID(hex: try clone.commit("Change notes locally"))
        let repository = try clone.open()

        #expect(try repository.resolveCommit("@{upstream}") == commits[5])
        #expect(try repository.resolveCommit("HEAD") == local)
    }

    @Test func upstreamSetByHandResolves() throws {
        let (fixture, commits) = try makeHistory()
        try fixture.git("branch", "--quiet", "--set-upstream-to=feature", "main")
        let repository = try fixture.open()

        #expect(try repository.resolveCommit("@{upstream}") == commits[1])
        #expect(try repository.resolveCommit("main@{u}") == commits[1])
    }

    @Test func fullAndShortIDsResolve() throws {
        let (fixture, commits) = try makeHistory()
        let repository = try fixture.open()

        #expect(try repository.resolveCommit(commits[4].hex) == commits[4])
        #expect(try repository.resolveCommit(commits[4].short) == commits[4])
    }

    @Test func unknownNameIsRejected() throws {
        let (fixture, _) = try makeHistory()
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.resolveCommit("no-such-branch")
        }

        #expect(error == .unknownRevision("no-such-branch", isShallow: false))
        expectMessage(of: error, names: "no-such-branch")
    }

    @Test func treeIsNotACommit() throws {
        let (fixture, _) = try makeHistory()
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.resolveCommit("HEAD^{tree}")
        }

        #expect(error == .notACommit("HEAD^{tree}"))
        expectMessage(of: error, names: "HEAD^{tree}")
    }

    @Test func blobIsNotACommit() throws {
        let (fixture, _) = try makeHistory()
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.resolveCommit("HEAD:notes.txt")
        }

        #expect(error == .notACommit("HEAD:notes.txt"))
    }

    @Test func ancestorPastShallowBoundaryIsUnknown() throws {
        let (fixture, _) = try makeHistory()
        let clone = try fixture.clone(depth: 3)
        let repository = try clone.open()

        let error = #expect(throws: GitError.self) {
            try repository.resolveCommit("HEAD~5")
        }

        #expect(repository.isShallow)
        #expect(error == .unknownRevision("HEAD~5", isShallow: true))
        expectMessage(of: error, names: "HEAD~5")
        expectMessage(of: error, names: "git fetch --unshallow")
    }
}
