import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// The order in which the default range's start is chosen: upstream, `origin/HEAD`, `main`,
/// `master`.
struct DefaultBaseTests {
    /// Builds a repository to clone from: three commits on `main` and a `dev` branch at the first.
    private func makeOrigin() throws -> GitRepository {
        let origin = try GitRepository()
        for index in 0..<3 {
            try origin.write("app.py", "VERSION = \(index)\n")
            try origin.commit("Release \(index)")
        }
        try origin.branch("dev", at: "HEAD~2")
        return origin
    }

    @Test func upstreamComesFirst() throws {
        let origin = try makeOrigin()
        let clone = try origin.clone()
        try clone.checkout("topic", createBranch: true)
        try clone.git("branch", "--quiet", "--set-upstream-to=origin/dev")
        try clone.write("app.py", "VERSION = 'topic'\n")
        try clone.commit("Work on topic")
        let repository = try clone.open()

        let base = try repository.defaultBaseRevision()

        #expect(base.name == "@{upstream}")
        #expect(base.commit == (try origin.objectID("dev")))
    }

    @Test func originHeadWithoutUpstream() throws {
        let origin = try makeOrigin()
        let clone = try origin.clone()
        try clone.write("app.py", "VERSION = 'local main'\n")
        try clone.commit("Move local main ahead")
        try clone.git("checkout", "--quiet", "--no-track", "-b", "topic")
        let repository = try clone.open()

        let base = try repository.defaultBaseRevision()

        #expect(base.name == "refs/remotes/origin/HEAD")
        #expect(base.commit == (try origin.objectID("main")))
    }

    @Test func detachedHeadSkipsUpstream() throws {
        let origin = try makeOrigin()
        let clone = try origin.clone()
        try clone.git("branch", "--quiet", "--set-upstream-to=origin/dev")
        try clone.git("checkout", "--quiet", "--detach", "HEAD~1")
        let repository = try clone.open()

        let base = try repository.defaultBaseRevision()

        #expect(base.name == "refs/remotes/origin/HEAD")
        #expect(base.commit == (try origin.objectID("main")))
    }

    @Test func localMainWithoutRemote() throws {
        let fixture = try makeOrigin()
        try fixture.branch("master", at: "HEAD~1")
        try fixture.checkout("topic", createBranch: true)
        try fixture.write("app.py", "VERSION = 'topic'\n")
        try fixture.commit("Work on topic")
        let repository = try fixture.open()

        let base = try repository.defaultBaseRevision()

        #expect(base.name == "refs/heads/main")
        #expect(base.commit == (try fixture.objectID("main")))
    }

    @Test func remoteMainWithoutLocalMain() throws {
        let origin = try makeOrigin()
        let clone = try origin.clone()
        try clone.git("remote", "set-head", "origin", "--delete")
        try clone.git("checkout", "--quiet", "--no-track", "-b", "topic")
        try clone.git("branch", "--quiet", "--delete", "main")
        let repository = try clone.open()

        let base = try repository.defaultBaseRevision()

        #expect(base.name == "refs/remotes/origin/main")
        #expect(base.commit == (try origin.objectID("main")))
    }

    @Test func masterWhenNoMain() throws {
        let fixture = try GitRepository(initialBranch: "trunk")
        try fixture.write("app.py", "VERSION = 1\n")
        let first = ObjectID(hex: try fixture.commit("First"))
        try fixture.branch("master")
        try fixture.write("app.py", "VERSION = 2\n")
        try fixture.commit("Second")
        let repository = try fixture.open()

        let base = try repository.defaultBaseRevision()

        #expect(base.name == "refs/heads/master")
        #expect(base.commit == first)
    }

    @Test func noCandidateIsAnError() throws {
        let fixture = try GitRepository(initialBranch: "trunk")
        try fixture.write("app.py", "VERSION = 1\n")
        try fixture.commit("First")
        let repository = try fixture.open()

        let error = #expect(throws: GitError.self) {
            try repository.defaultBaseRevision()
        }

        #expect(error == .noDefaultBase)
        expectMessage(of: error, names: "--base")
    }
}
