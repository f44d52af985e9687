import Foundation
import Synchronization
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Whole-history reads by blob: which commits and files they list, and how often they read a blob.
struct HistoryBlobWalkTests {
    /// What a test's `summarize` saw: the texts it was given, each as UTF-8.
    final class SummaryLog: Sendable {
        private let texts = Mutex<[String]>([])

        func record(_ text: UnsafeRawBufferPointer) -> String {
            let string = String(decoding: text, as: UTF8.self)
            texts.withLock { $0.append(string) }
            return string
        }

        var recorded: [String] { texts.withLock { $0 } }
    }

    /// One visited file, reduced to values a test can compare.
    struct Visited: Equatable, CustomStringConvertible {
        let commit: String
        let path: String
        let isNewPath: Bool
        /// The summary of a text blob, `binary`, or `too large`.
        let content: String

        var description: String { "\(commit.prefix(7)) \(path) new=\(isNewPath) \(content)" }
    }

    /// Runs a walk whose summary of a text blob is the text itself.
    private func walk(
        _ fixture: GitRepository, tips: HistoryTips = .head, maxFileSize: Int64 = 1 << 20
    ) throws -> (files: [Visited], deleted: [[String]], commits: [String], log: SummaryLog) {
        let repository = try fixture.open()
        let walk = try HistoryBlobWalk(repository: repository, tips: tips, maxFileSize: maxFileSize)
        let log = SummaryLog()
        var files: [Visited] = []
        var deleted: [[String]] = []
        var commits: [String] = []
        try walk.run(
            summarize: { _, text in log.record(text) },
            visit: { commit in
                commits.append(commit.id.hex)
                for file in commit.files {
                    files.append(
                        Visited(
                            commit: commit.id.hex, path: file.path, isNewPath: file.isNewPath,
                            content: Self.describe(file.blob.content)))
                }
                deleted.append(commit.deletedBlobs.map { Self.describe($0.content) })
            })
        #expect(walk.commitCount == commits.count)
        return (files, deleted, commits, log)
    }

    private static func describe(_ content: HistoryBlob<String>.Content) -> String {
        switch content {
        case .text(let text): text
        case .binary: "binary"
        case .tooLarge: "too large"
        }
    }

    @Test func linearHistoryParentsFirst() throws {
        let fixture = try GitRepository()
        try fixture.write("a.txt", "one\n")
        let first = try fixture.commit("Add a")
        try fixture.write("a.txt", "two\n")
        try fixture.write("b.txt", "bee\n")
        let second = try fixture.commit("Change a, add b")
        try fixture.remove("b.txt")
        let third = try fixture.commit("Delete b")

        let result = try walk(fixture)

        #expect(result.commits == [first, second, third])
        #expect(
            result.files == [
                Visited(commit: first, path: "a.txt", isNewPath: true, content: "one\n"),
                Visited(commit: second, path: "a.txt", isNewPath: false, content: "two\n"),
                Visited(commit: second, path: "b.txt", isNewPath: true, content: "bee\n"),
            ])
        #expect(result.deleted == [[], [], ["bee\n"]])
    }

    @Test func blobInManyCommitsIsSummarizedOnce() throws {
        let fixture = try GitRepository()
        try fixture.write("a.txt", "shared\n")
        try fixture.commit("Add a")
        try fixture.write("copy/a.txt", "shared\n")
        try fixture.commit("Copy a")
        try fixture.write("a.txt", "changed\n")
        try fixture.commit("Change a")
        try fixture.write("a.txt", "shared\n")
        try fixture.commit("Restore a")

        let result = try walk(fixture)

        #expect(result.files.map(\.content) == ["shared\n", "shared\n", "changed\n", "shared\n"])
        #expect(result.log.recorded.sorted() == ["changed\n", "shared\n"])
    }

    @Test func binaryAndLargeBlobsAreNotSummarized() throws {
        let fixture = try GitRepository()
        try fixture.write("image.png", Fixtures.binaryBytes(count: 64))
        try fixture.write("big.txt", String(repeating: "x", count: 101))
        try fixture.write("small.txt", "ok\n")
        try fixture.commit("Add files")

        let result = try walk(fixture, maxFileSize: 100)

        #expect(result.files.map(\.path) == ["big.txt", "image.png", "small.txt"])
        #expect(result.files.map(\.content) == ["too large", "binary", "ok\n"])
        #expect(result.log.recorded == ["ok\n"])
    }

    @Test func movedFileIsNewPathWithOldBlobDeleted() throws {
        let fixture = try GitRepository()
        try fixture.write("old/name.txt", "content\n")
        try fixture.commit("Add")
        try fixture.move("old/name.txt", "new/name.txt")
        let moved = try fixture.commit("Move")

        let result = try walk(fixture)

        #expect(
            result.files.last == Visited(commit: moved, path: "new/name.txt", isNewPath: true, content: "content\n"))
        #expect(result.deleted.last == ["content\n"])
    }

    @Test func headWalkSkipsOtherBranchesAndAllReachesThem() throws {
        let fixture = try GitRepository()
        try fixture.write("a.txt", "main\n")
        try fixture.commit("Main")
        try fixture.checkout("side", createBranch: true)
        try fixture.write("side.txt", "side\n")
        let side = try fixture.commit("Side")
        try fixture.checkout("main")

        #expect(try walk(fixture).files.map(\.path) == ["a.txt"])
        let all = try walk(fixture, tips: .allReferences)
        #expect(all.files.map(\.path) == ["a.txt", "side.txt"])
        #expect(all.files.last?.commit == side)
    }

    @Test func allIncludesDetachedHead() throws {
        let fixture = try GitRepository()
        try fixture.write("a.txt", "main\n")
        try fixture.commit("Main")
        try fixture.git("checkout", "--quiet", "--detach")
        try fixture.write("loose.txt", "detached\n")
        let detached = try fixture.commit("Detached")

        let all = try walk(fixture, tips: .allReferences)

        #expect(all.commits.last == detached)
        #expect(all.files.map(\.path) == ["a.txt", "loose.txt"])
    }

    @Test func mergeIsComparedWithFirstParent() throws {
        let fixture = try GitRepository()
        try fixture.write("a.txt", "base\n")
        try fixture.commit("Base")
        try fixture.checkout("topic", createBranch: true)
        try fixture.write("topic.txt", "topic\n")
        let topic = try fixture.commit("Topic")
        try fixture.checkout("main")
        try fixture.write("main.txt", "main\n")
        let main = try fixture.commit("Main")
        let merge = try fixture.merge("topic", message: "Merge topic")

        let result = try walk(fixture)

        #expect(Array(result.commits.suffix(3)).sorted() == [main, merge, topic].sorted())
        #expect(result.commits.last == merge)
        #expect(
            result.files.filter { $0.commit == merge } == [
                Visited(commit: merge, path: "topic.txt", isNewPath: true, content: "topic\n")
            ])
    }

    @Test func submodulesAreLeftOut() throws {
        let library = try GitRepository()
        try library.write("lib.txt", "library\n")
        try library.commit("Library")
        let fixture = try GitRepository()
        try fixture.git("submodule", "add", "--quiet", library.path, "vendor/lib")
        try fixture.commit("Add the submodule")

        let result = try walk(fixture)

        #expect(result.files.map(\.path) == [".gitmodules"])
    }

    @Test func matchesGitOnRandomHistory() throws {
        let history = try RandomHistory(seed: 11, commits: 40, mergeEvery: 9)
        let result = try walk(history.fixture, tips: .allReferences)

        var expected: [String] = []
        for commit in result.commits {
            let parents = try history.fixture.git("rev-list", "--parents", "-n", "1", commit).split(separator: " ")
            var arguments = ["diff-tree", "-r", "--no-renames", "--no-commit-id", "--format="]
            arguments += parents.count > 1 ? [String(parents[1]), commit] : ["--root", commit]
            for line in try history.fixture.git(arguments).split(separator: "\n") {
                let fields = line.split(separator: "\t")
                let status = fields[0].split(separator: " ")[4]
                guard status != "D" else {
                    continue
                }
                expected.append("\(commit) \(fields[1]) \(status == "A")")
            }
        }
        #expect(result.files.map { "\($0.commit) \($0.path) \($0.isNewPath)" } == expected)
    }

    @Test func shallowCloneStopsAtBoundary() throws {
        let origin = try GitRepository()
        for index in 0..<4 {
            try origin.write("log.txt", "entry \(index)\n")
            try origin.commit("Entry \(index)")
        }
        let clone = try origin.clone(depth: 2)
        let repository = try clone.open()

        #expect(throws: GitError.shallowBoundary(commit: try clone.objectID("HEAD~1"), commitsRead: 2)) {
            try HistoryBlobWalk(repository: repository, tips: .head, maxFileSize: 1 << 20)
        }
    }

    @Test func emptyRepositoryHasNoHistory() throws {
        let fixture = try GitRepository()
        let repository = try fixture.open()

        #expect(throws: GitError.emptyRepository(path: repository.displayPath)) {
            try HistoryBlobWalk(repository: repository, tips: .allReferences, maxFileSize: 1 << 20)
        }
    }

    @Test func blobContentsByID() throws {
        let fixture = try GitRepository()
        try fixture.write("a.txt", "alpha\n")
        try fixture.commit("Add a")
        let repository = try fixture.open()

        #expect(try repository.blobContents(try fixture.blobID("a.txt"), path: "a.txt") == Array("alpha\n".utf8))
    }
}
