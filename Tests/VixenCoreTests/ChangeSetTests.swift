import Testing
import VixenCore

struct ChangeSetTests {
    private func file(_ path: String, _ status: FileChange.Status) -> FileChange {
        FileChange(path: path, status: status, content: .text(.empty), size: 0)
    }

    @Test func changedFilesKeepFirstEntryPerPath() {
        let changes = ChangeSet(
            base: nil,
            head: nil,
            diffBase: nil,
            commits: [],
            overall: [file("app.py", .added), file("web/index.js", .modified)],
            staged: [file("web/index.js", .deleted), file("README.md", .modified)],
            worktree: [file("app.py", .modified), file("notes.txt", .added), file("README.md", .deleted)]
        )

        let files = changes.changedFiles
        #expect(files.map(\.path) == ["app.py", "web/index.js", "README.md", "notes.txt"])
        #expect(files.map(\.status) == [.added, .modified, .modified, .added])
    }

    @Test func changedFilesOfEmptySetIsEmpty() {
        let changes = ChangeSet(base: nil, head: nil, diffBase: nil, commits: [], overall: [])
        #expect(changes.changedFiles == [])
    }

    @Test func changedFilesKeepsOrderWithinOverall() {
        let changes = ChangeSet(
            base: nil, head: nil, diffBase: nil, commits: [],
            overall: [file("z.txt", .added), file("a.txt", .added), file("z.txt", .modified)]
        )
        #expect(changes.changedFiles.map(\.path) == ["z.txt", "a.txt"])
        #expect(changes.changedFiles.map(\.status) == [.added, .added])
    }
}
