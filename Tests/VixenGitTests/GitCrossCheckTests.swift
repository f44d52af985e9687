import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Checks of this module's per-commit added lines against what git itself prints, on a
/// generated history of 150 commits with three merges.
///
/// The history is longer than 128 commits so that, on a machine with more than one processor,
/// the range is read by several threads and in more than one batch, as long histories are.
struct GitCrossCheckTests {
    /// The history every test here reads, built once and then only read.
    private static let shared = SharedHistory()

    /// Returns the added lines of one commit as this module reads them, ordered by path and line number.
    private func addedLines(of commit: CommitChange) -> [PatchLine] {
        commit.files.flatMap { file in
            file.numberedLines.map { PatchLine(path: file.path, number: $0.number, text: $0.text) }
        }.sorted()
    }

    /// Returns each non-merge commit's patch as `git show --format= --unified=0 --no-renames`
    /// prints it, read with one `git log` call instead of one `git show` per commit.
    private func gitPatches(_ fixture: GitRepository) throws -> [ObjectID: UnifiedDiff] {
        let marker = "vixen-commit "
        let output = try fixture.git(
            "log", "--no-merges", "--unified=0", "--no-renames", "--patch", "--format=\(marker)%H", "main")
        var patches: [ObjectID: UnifiedDiff] = [:]
        var current: ObjectID?
        var lines: [Substring] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) + [Substring(marker)] {
            guard line.hasPrefix(marker) else {
                lines.append(line)
                continue
            }
            if let current {
                patches[current] = try UnifiedDiffParser.parse(lines.joined(separator: "\n"))
            }
            current = ObjectID(hex: String(line.dropFirst(marker.count)))
            lines = []
        }
        return patches
    }

    @Test func addedLinesMatchGit() throws {
        let fixture = try Self.shared.history.get().fixture
        let repository = try fixture.open()

        let range = try repository.readRange(base: nil, head: fixture.objectID(), options: ReadOptions(renameLimit: 0))
        let patches = try gitPatches(fixture)

        let nonMerges = range.commits.filter { !$0.isMerge }
        #expect(range.commits.count == 150)
        #expect(nonMerges.count == 147)
        #expect(Set(nonMerges.map(\.id)) == Set(patches.keys))
        var comparedLines = 0
        for commit in nonMerges {
            let patch = patches[commit.id] ?? UnifiedDiff()
            let ours = addedLines(of: commit)

            #expect(commit.files.paths.sorted() == patch.paths.sorted(), "files of \(commit.id.short)")
            #expect(ours == patch.addedLines.sorted(), "added lines of \(commit.id.short)")
            #expect(commit.files.allSatisfy { $0.status != .renamed }, "renames in \(commit.id.short)")
            comparedLines += ours.count
        }

        // Guards against a generator change that leaves little to compare.
        let statuses = nonMerges.flatMap { $0.files.map(\.status) }
        #expect(comparedLines > 800)
        #expect(statuses.filter { $0 == .added }.count > 20)
        #expect(statuses.filter { $0 == .deleted }.count > 5)
        #expect(statuses.filter { $0 == .modified }.count > 100)
    }

    @Test func commitsMatchRevList() throws {
        let fixture = try Self.shared.history.get().fixture
        let repository = try fixture.open()

        let range = try repository.readRange(base: nil, head: fixture.objectID(), options: ReadOptions(renameLimit: 0))

        let listed = try fixture.git("rev-list", "main").split(separator: "\n").map { ObjectID(hex: String($0)) }
        #expect(range.commits.count == listed.count)
        #expect(Set(range.commits.map(\.id)) == Set(listed))
        #expect(range.commits.filter(\.isMerge).count == 3)
        var seen = Set<ObjectID>()
        for commit in range.commits {
            #expect(commit.parents.allSatisfy { seen.contains($0) }, "parents of \(commit.id.short)")
            #expect(seen.insert(commit.id).inserted, "\(commit.id.short) listed twice")
        }
    }

    @Test func forEachCommitMatchesReadRange() throws {
        let fixture = try Self.shared.history.get().fixture
        let repository = try fixture.open()
        let head = try fixture.objectID()
        let base = try fixture.objectID("main~100")

        var visited: [CommitChange] = []
        try repository.forEachCommit(base: base, head: head) { visited.append($0) }
        let range = try repository.readRange(base: base, head: head)

        let listed = try fixture.git("rev-list", "--count", "\(base.hex)..\(head.hex)")
        #expect(visited.count == Int(listed))
        #expect(visited == range.commits)
    }

    @Test func threadedReadMatchesSingleCommitReads() throws {
        let fixture = try Self.shared.history.get().fixture
        let repository = try fixture.open()

        let range = try repository.readRange(base: nil, head: fixture.objectID())

        for commit in range.commits.dropFirst() where !commit.isMerge {
            let single = try repository.readCommit(commit.id)
            #expect(single == commit, "commit \(commit.id.short)")
        }
    }
}

/// A generated history built on first use and then only read.
// NOTE: @unchecked because GitRepository is not Sendable. The tests only run read-only git
// commands on it and open their own Repository, so sharing it between threads is safe.
private final class SharedHistory: @unchecked Sendable {
    let history: Result<RandomHistory, any Error> = Result {
        try RandomHistory(seed: 0x5EED_0F_61A7E, commits: 150, mergeEvery: 40)
    }
}
