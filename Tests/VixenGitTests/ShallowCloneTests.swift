import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Range reads in clones made with `--depth`, where the oldest fetched commits have no parents.
struct ShallowCloneTests {
    /// Builds an origin with eight commits on `main` and returns their ids oldest first.
    private func makeOrigin() throws -> (origin: GitRepository, commits: [ObjectID]) {
        let origin = try GitRepository()
        var commits: [ObjectID] = []
        for index in 0..<8 {
            try origin.write("changelog.md", (0...index).map { "- release \($0)\n" }.joined())
            commits.append(ObjectID(hex: try origin.commit("Release \(index)")))
        }
        return (origin, commits)
    }

    @Test func rangeInsideFetchedHistory() throws {
        let (origin, commits) = try makeOrigin()
        let clone = try origin.clone(depth: 4)
        let repository = try clone.open()

        let range = try repository.readRange(base: commits[5], head: commits[7])

        #expect(repository.isShallow)
        #expect(range.commits.map(\.id) == [commits[6], commits[7]])
        #expect(range.diffBase == commits[5])
        #expect(
            range.overall.file("changelog.md")?.numberedLines == [
                NumberedLine(7, "- release 6"), NumberedLine(8, "- release 7"),
            ])
    }

    @Test func rangeFromBoundaryCommit() throws {
        let (origin, commits) = try makeOrigin()
        let clone = try origin.clone(depth: 4)
        let repository = try clone.open()

        let range = try repository.readRange(base: commits[4], head: commits[7])

        #expect(range.commits.map(\.id) == [commits[5], commits[6], commits[7]])
    }

    @Test func rangeReachingBoundaryIsRejected() throws {
        let (origin, commits) = try makeOrigin()
        try origin.branch("release", at: commits[1].hex)
        try origin.checkout("release")
        try origin.write("hotfix.md", "urgent\n")
        let release = ObjectID(hex: try origin.commit("Hotfix on release"))
        try origin.checkout("main")
        let clone = try origin.clone(depth: 4)
        try clone.git("fetch", "--quiet", "--depth=1", "origin", "release:refs/remotes/origin/release")
        let repository = try clone.open()

        var visited = 0
        let walkError = #expect(throws: GitError.self) {
            try repository.forEachCommit(base: release, head: commits[7]) { _ in visited += 1 }
        }
        let rangeError = #expect(throws: GitError.self) {
            try repository.readRange(base: release, head: commits[7])
        }

        #expect(visited == 0)
        #expect(walkError == .shallowBoundary(commit: commits[4], commitsRead: 4))
        #expect(rangeError == .shallowBoundary(commit: commits[4], commitsRead: 4))
        expectMessage(of: rangeError, names: commits[4].hex)
        expectMessage(of: rangeError, names: "git fetch --unshallow")
    }

    @Test func rootRangeInDepthOneCloneIsRejected() throws {
        let (origin, commits) = try makeOrigin()
        let clone = try origin.clone(depth: 1)
        let repository = try clone.open()

        let error = #expect(throws: GitError.self) {
            try repository.readRange(base: nil, head: commits[7])
        }

        #expect(error == .shallowBoundary(commit: commits[7], commitsRead: 1))
        expectMessage(of: error, names: commits[7].hex)
    }

    @Test func mergeBaseBeyondBoundaryIsRejected() throws {
        let (origin, commits) = try makeOrigin()
        let clone = try origin.clone(depth: 2)
        try clone.git("checkout", "--quiet", "--orphan", "unrelated")
        try clone.write("other.txt", "other\n")
        let unrelated = ObjectID(hex: try clone.commit("Unrelated root"))
        let repository = try clone.open()

        let error = #expect(throws: GitError.self) {
            try repository.mergeBase(unrelated, commits[7])
        }

        #expect(error == .shallowBoundary(commit: commits[6], commitsRead: 3))
    }
}
