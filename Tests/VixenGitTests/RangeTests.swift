import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

struct RangeTests {
    /// Builds four commits on `main` and returns their ids oldest first.
    ///
    /// The root adds `app.py` and `README.md`, each later commit appends one line to `app.py`, and
    /// the third also adds `docs/usage.md`.
    private func makeLinearHistory() throws -> (fixture: GitRepository, commits: [ObjectID]) {
        let fixture = try GitRepository()
        try fixture.write("app.py", "import os\n")
        try fixture.write("README.md", "# App\n")
        var commits = [ObjectID(hex: try fixture.commit("Start the app"))]
        var source = "import os\n"
        for index in 1...3 {
            source += "STEP_\(index) = \(index)\n"
            try fixture.write("app.py", source)
            if index == 2 {
                try fixture.write("docs/usage.md", "Run it.\n")
            }
            commits.append(ObjectID(hex: try fixture.commit("Add step \(index)\n\nThe body explains step \(index).")))
        }
        return (fixture, commits)
    }

    @Test func rootCommitDiffsAgainstEmptyTree() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(base: nil, head: commits[0])

        #expect(range.base == nil)
        #expect(range.head == commits[0])
        #expect(range.diffBase == nil)
        #expect(range.commits.map(\.id) == [commits[0]])
        #expect(range.commits.first?.parents == [])
        let files = range.commits.first?.files ?? []
        #expect(files.paths == ["README.md", "app.py"])
        #expect(files.map(\.status) == [.added, .added])
        #expect(files.file("app.py")?.numberedLines == [NumberedLine(1, "import os")])
        #expect(files.file("README.md")?.numberedLines == [NumberedLine(1, "# App")])
        #expect(range.overall == files)
    }

    @Test func linearHistoryListsCommitsOldestFirst() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(base: commits[0], head: commits[3])

        #expect(range.base == commits[0])
        #expect(range.head == commits[3])
        #expect(range.diffBase == commits[0])
        #expect(range.commits.map(\.id) == [commits[1], commits[2], commits[3]])
        #expect(range.commits.map(\.parents) == [[commits[0]], [commits[1]], [commits[2]]])
        #expect(range.commits.map(\.summary) == ["Add step 1", "Add step 2", "Add step 3"])
        #expect(range.commits.map(\.authorName) == Array(repeating: GitRepository.authorName, count: 3))
        let expectedTimes = (1...3).map { GitRepository.firstCommitDate.addingTimeInterval(60 * Double($0)) }
        #expect(range.commits.map(\.time) == expectedTimes)
        #expect(range.commits.map(\.isMerge) == [false, false, false])
    }

    @Test func eachCommitCarriesItsOwnLines() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(base: commits[0], head: commits[3])

        try #require(range.commits.count == 3)
        #expect(range.commits[0].files.paths == ["app.py"])
        #expect(range.commits[0].files.file("app.py")?.numberedLines == [NumberedLine(2, "STEP_1 = 1")])
        #expect(range.commits[1].files.paths == ["app.py", "docs/usage.md"])
        #expect(range.commits[1].files.file("app.py")?.numberedLines == [NumberedLine(3, "STEP_2 = 2")])
        #expect(range.commits[1].files.file("docs/usage.md")?.numberedLines == [NumberedLine(1, "Run it.")])
        #expect(range.commits[2].files.file("app.py")?.numberedLines == [NumberedLine(4, "STEP_3 = 3")])
    }

    @Test func overallDiffSpansRange() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(base: commits[0], head: commits[3])

        #expect(range.overall.paths == ["app.py", "docs/usage.md"])
        #expect(range.overall.file("app.py")?.status == .modified)
        #expect(
            range.overall.file("app.py")?.numberedLines == [
                NumberedLine(2, "STEP_1 = 1"), NumberedLine(3, "STEP_2 = 2"), NumberedLine(4, "STEP_3 = 3"),
            ])
        #expect(range.overall.file("docs/usage.md")?.status == .added)
    }

    @Test func baseAncestorsAreExcluded() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(base: commits[1], head: commits[3])

        #expect(range.commits.map(\.id) == [commits[2], commits[3]])
        #expect(range.overall.file("README.md") == nil)
        #expect(
            range.overall.file("app.py")?.numberedLines == [
                NumberedLine(3, "STEP_2 = 2"), NumberedLine(4, "STEP_3 = 3"),
            ])
    }

    @Test func divergedBaseDiffsFromMergeBase() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "VERSION = 1\n")
        let fork = ObjectID(hex: try fixture.commit("Start"))
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature.py", "FEATURE = True\n")
        let feature = ObjectID(hex: try fixture.commit("Add feature"))
        try fixture.checkout("main")
        try fixture.write("hotfix.py", "HOTFIX = True\n")
        let mainTip = ObjectID(hex: try fixture.commit("Add hotfix"))
        let repository = try fixture.open()

        let range = try repository.readRange(base: mainTip, head: feature)

        #expect(range.base == mainTip)
        #expect(range.diffBase == fork)
        #expect(range.commits.map(\.id) == [feature])
        #expect(range.overall.paths == ["feature.py"])
        #expect(range.overall.file("feature.py")?.status == .added)
        #expect(range.overall.file("hotfix.py") == nil)
    }

    @Test func emptyRangeHasNoCommitsOrFiles() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(base: commits[3], head: commits[3])

        #expect(range.commits == [])
        #expect(range.overall == [])
        #expect(range.diffBase == commits[3])
    }

    @Test func detachedHeadIsReadable() throws {
        let (fixture, commits) = try makeLinearHistory()
        try fixture.git("checkout", "--quiet", "--detach", "HEAD~1")
        let repository = try fixture.open()

        let head = try repository.headCommit()
        let range = try repository.readRange(base: commits[0], head: head)

        #expect(repository.isHeadDetached)
        #expect(repository.headBranchName == nil)
        #expect(head == commits[2])
        #expect(range.commits.map(\.id) == [commits[1], commits[2]])
    }

    @Test func forEachCommitMatchesReadRange() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        var visited: [CommitChange] = []
        try repository.forEachCommit(base: nil, head: commits[3]) { visited.append($0) }
        let range = try repository.readRange(base: nil, head: commits[3])

        #expect(visited.map(\.id) == commits)
        #expect(visited == range.commits)
    }

    @Test func forEachCommitStopsOnThrownError() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        var visited: [ObjectID] = []
        let error = #expect(throws: GitError.self) {
            try repository.forEachCommit(base: nil, head: commits[3]) { commit throws(GitError) in
                visited.append(commit.id)
                if visited.count == 2 {
                    throw .library(function: "body", code: -1, message: "stop after two commits")
                }
            }
        }

        #expect(error == .library(function: "body", code: -1, message: "stop after two commits"))
        #expect(visited == [commits[0], commits[1]])
    }

    @Test func unrelatedBaseDiffsFromEmptyTree() throws {
        let (fixture, commits) = try makeLinearHistory()
        try fixture.git("checkout", "--quiet", "--orphan", "unrelated")
        try fixture.git("rm", "--quiet", "-r", "--cached", ".")
        try fixture.write("other.txt", "other\n")
        try fixture.git("add", "other.txt")
        let unrelated = ObjectID(hex: try fixture.commit("Unrelated root", all: false))
        let repository = try fixture.open()

        let range = try repository.readRange(base: unrelated, head: commits[1])

        #expect(range.diffBase == nil)
        #expect(range.commits.map(\.id) == [commits[0], commits[1]])
        #expect(range.overall.paths == ["README.md", "app.py"])
        #expect(range.overall.map(\.status) == [.added, .added])
    }

    @Test func branchDatedBeforeBaseStaysInRange() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "A = 1\n")
        try fixture.commit("Start")
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature.py", "F = 1\n")
        // A commit made with a clock a year behind, so it is older than every commit on main.
        let pastDate = "1672531200 +0000"
        try fixture.git(["add", "--all"])
        try fixture.git(
            ["commit", "--quiet", "--message", "Feature from a skewed clock"],
            environment: ["GIT_AUTHOR_DATE": pastDate, "GIT_COMMITTER_DATE": pastDate])
        let skewed = try fixture.objectID()
        try fixture.checkout("main")
        for index in 1...8 {
            try fixture.write("app.py", "A = \(index + 1)\n")
            try fixture.commit("Main \(index)")
        }
        let mainTip = try fixture.objectID()
        let merge = ObjectID(hex: try fixture.merge("feature", message: "Merge feature"))
        let repository = try fixture.open()

        let range = try repository.readRange(base: mainTip, head: merge)

        let expected = try fixture.git("rev-list", "--reverse", "\(mainTip.hex)..\(merge.hex)")
        #expect(range.commits.map(\.id) == [skewed, merge])
        #expect(range.commits.map(\.id.hex) == expected.split(separator: "\n").map(String.init))
    }

    @Test func hidingSeveralBranchesStartsAtNewestMergeBase() throws {
        let fixture = try GitRepository()
        try fixture.write("app.py", "A = 1\n")
        let root = ObjectID(hex: try fixture.commit("Start"))
        try fixture.branch("release")
        try fixture.write("app.py", "A = 2\n")
        let mainTip = ObjectID(hex: try fixture.commit("Main work"))
        try fixture.checkout("feature", createBranch: true)
        try fixture.write("feature.py", "F = 1\n")
        let featureOne = ObjectID(hex: try fixture.commit("Feature one"))
        try fixture.write("feature.py", "F = 2\n")
        let featureTwo = ObjectID(hex: try fixture.commit("Feature two"))
        try fixture.checkout("release")
        try fixture.write("release.txt", "1.0\n")
        let releaseTip = ObjectID(hex: try fixture.commit("Release notes"))
        let repository = try fixture.open()

        let range = try repository.readRange(head: featureTwo, hiding: [releaseTip, mainTip])

        #expect(range.commits.map(\.id) == [featureOne, featureTwo])
        #expect(range.base == mainTip)
        #expect(range.diffBase == mainTip)
        #expect(range.overall.paths == ["feature.py"])
        #expect(try repository.mergeBase(releaseTip, featureTwo) == root)
    }

    @Test func hidingNothingReadsFromRoot() throws {
        let (fixture, commits) = try makeLinearHistory()
        let repository = try fixture.open()

        let range = try repository.readRange(head: commits[3], hiding: [])

        #expect(range.commits.map(\.id) == commits)
        #expect(range.base == nil)
        #expect(range.diffBase == nil)
        #expect(range.overall.paths == ["README.md", "app.py", "docs/usage.md"])
    }
}
