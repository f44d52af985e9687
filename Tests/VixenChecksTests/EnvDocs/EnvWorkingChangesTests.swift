import Foundation
import Testing
import VixenChecks
import VixenConfig
import VixenCore

/// The env check over the index and the work tree, whose modified files show only their added lines.
@Suite struct EnvWorkingChangesTests {
    private static let head = [
        "backend/pyproject.toml": "[project]\n", ".env.example": "OLD=\n",
        "backend/app/a.py": "import os\nA = os.getenv(\"OLD\")\n",
    ]

    private func findings(worktree: [FileChange]) throws -> [String] {
        let snapshot = InMemorySnapshot(files: Self.head)
        let configuration = Configuration.default
        let changes = ChangeSet(
            base: nil, head: ObjectID(hex: String(repeating: "a", count: 40)), diffBase: nil, commits: [], overall: [],
            worktree: worktree)
        let context = CheckContext(
            changes: changes, components: try ComponentResolver(configuration: configuration, snapshot: snapshot),
            configuration: configuration, head: snapshot)
        return try CheckEngine(checks: [EnvCheck()]).run(context).map {
            "\($0.rule) \($0.file ?? "-"):\($0.line ?? 0)"
        }
    }

    private func change(_ path: String, _ status: FileChange.Status, _ lines: [(Int, String)]) -> FileChange {
        var builder = AddedTextBuilder()
        for (number, text) in lines {
            Array(text.utf8).withUnsafeBytes { builder.append(number: number, content: $0) }
        }
        return FileChange(path: path, status: status, content: .text(builder.build()), size: 64)
    }

    @Test func modifiedAndUntrackedFilesReportNewReadsOnly() throws {
        let found = try findings(worktree: [
            change("backend/app/a.py", .modified, [(3, "B = os.getenv(\"NEW_ONE\")\n")]),
            change("backend/app/u.py", .added, [(1, "import os\n"), (2, "os.environ[\"UNTRACKED_VAR\"]\n")]),
        ])
        #expect(found == ["env.undocumented backend/app/a.py:3", "env.undocumented backend/app/u.py:2"])
    }

    @Test func deletedFileRemovesLastRead() throws {
        let found = try findings(worktree: [change("backend/app/a.py", .deleted, [])])
        #expect(found == ["env.unused-documented .env.example:1"])
    }

    @Test func exampleEditedInWorkTreeDocumentsVariable() throws {
        let found = try findings(worktree: [
            change(".env.example", .modified, [(2, "NEW_ONE=\n")]),
            change("backend/app/a.py", .modified, [(3, "B = os.getenv(\"NEW_ONE\")\n")]),
        ])
        #expect(found == [])
    }
}
