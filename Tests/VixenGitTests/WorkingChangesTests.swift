import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// The index against HEAD (`readStaged`) and the work tree against the index (`readWorktree`).
struct WorkingChangesTests {
    /// Builds a repository that has committed `app.py`, `old.py` and a `.gitignore` for logs and builds.
    private func makeRepository() throws -> GitRepository {
        let fixture = try GitRepository()
        try fixture.write("app.py", "import os\n")
        try fixture.write("old.py", "OLD = True\n")
        try fixture.write(".gitignore", "*.log\nbuild/\n")
        try fixture.commit("Start")
        return fixture
    }

    @Test func stagedModification() throws {
        let fixture = try makeRepository()
        try fixture.write("app.py", "import os\nimport sys\n")
        try fixture.git("add", "app.py")
        let repository = try fixture.open()

        let staged = try repository.readStaged()

        let file = try #require(staged.file("app.py"))
        #expect(staged.count == 1)
        #expect(file.status == .modified)
        #expect(file.size == 21)
        #expect(file.numberedLines == [NumberedLine(2, "import sys")])
        #expect(try repository.readWorktree() == [])
    }

    @Test func stagedNewFile() throws {
        let fixture = try makeRepository()
        try fixture.write("backend/settings.py", "DEBUG = False\nPORT = 8000\n")
        try fixture.git("add", "backend/settings.py")
        let repository = try fixture.open()

        let staged = try repository.readStaged()

        let file = try #require(staged.file("backend/settings.py"))
        #expect(staged.count == 1)
        #expect(file.status == .added)
        #expect(file.numberedLines == [NumberedLine(1, "DEBUG = False"), NumberedLine(2, "PORT = 8000")])
    }

    @Test func stagedDeletion() throws {
        let fixture = try makeRepository()
        try fixture.git("rm", "--quiet", "old.py")
        let repository = try fixture.open()

        let staged = try repository.readStaged()

        let file = try #require(staged.file("old.py"))
        #expect(staged.count == 1)
        #expect(file.status == .deleted)
        #expect(file.size == 11)
        #expect(file.numberedLines == [])
    }

    @Test func unstagedModification() throws {
        let fixture = try makeRepository()
        try fixture.write("app.py", "import os\nimport json\n")
        let repository = try fixture.open()

        let worktree = try repository.readWorktree()

        let file = try #require(worktree.file("app.py"))
        #expect(worktree.count == 1)
        #expect(file.status == .modified)
        #expect(file.numberedLines == [NumberedLine(2, "import json")])
        #expect(try repository.readStaged() == [])
    }

    @Test func untrackedFilesWithoutIgnoredOnes() throws {
        let fixture = try makeRepository()
        try fixture.write("notes.txt", "remember\n")
        try fixture.write("frontend/src/new/widget.js", "export {};\n")
        try fixture.write("debug.log", "noise\n")
        try fixture.write("build/output.txt", "artifact\n")
        try fixture.write("frontend/trace.log", "noise\n")
        let repository = try fixture.open()

        let worktree = try repository.readWorktree()

        #expect(worktree.paths.sorted() == ["frontend/src/new/widget.js", "notes.txt"])
        #expect(worktree.map(\.status) == [.added, .added])
        #expect(worktree.file("frontend/src/new/widget.js")?.numberedLines == [NumberedLine(1, "export {};")])
        #expect(worktree.file("notes.txt")?.numberedLines == [NumberedLine(1, "remember")])
    }

    @Test func bareRepositoryHasNoWorkTree() throws {
        let fixture = try makeRepository()
        let bare = try fixture.clone(bare: true)
        let repository = try bare.open()

        let staged = #expect(throws: GitError.self) {
            try repository.readStaged()
        }
        let worktree = #expect(throws: GitError.self) {
            try repository.readWorktree()
        }

        #expect(staged == .noWorkTree(path: bare.path))
        #expect(worktree == .noWorkTree(path: bare.path))
        expectMessage(of: staged, names: bare.path)
    }

    @Test func untrackedFileOverSizeLimit() throws {
        let fixture = try makeRepository()
        try fixture.write("dump.sql", String(repeating: "INSERT;\n", count: 10))
        let repository = try fixture.open()

        let worktree = try repository.readWorktree(options: ReadOptions(maxFileSize: 50))

        let file = try #require(worktree.file("dump.sql"))
        #expect(file.status == .added)
        #expect(file.content == .tooLarge(limit: 50))
        #expect(file.size == 80)
    }

    @Test func modifiedFileOverSizeLimit() throws {
        let fixture = try makeRepository()
        try fixture.write("app.py", String(repeating: "import os\n", count: 8))
        let repository = try fixture.open()

        let worktree = try repository.readWorktree(options: ReadOptions(maxFileSize: 50))

        let file = try #require(worktree.file("app.py"))
        #expect(file.status == .modified)
        #expect(file.content == .tooLarge(limit: 50))
        #expect(file.size == 80)
    }

    @Test func stagedFileOverSizeLimit() throws {
        let fixture = try makeRepository()
        try fixture.write("dump.sql", String(repeating: "INSERT;\n", count: 10))
        try fixture.git("add", "dump.sql")
        let repository = try fixture.open()

        let staged = try repository.readStaged(options: ReadOptions(maxFileSize: 50))

        let file = try #require(staged.file("dump.sql"))
        #expect(file.content == .tooLarge(limit: 50))
        #expect(file.size == 80)
    }

    @Test func unstagedDeletion() throws {
        let fixture = try makeRepository()
        try fixture.remove("old.py")
        let repository = try fixture.open()

        let worktree = try repository.readWorktree()

        let file = try #require(worktree.file("old.py"))
        #expect(worktree.count == 1)
        #expect(file.status == .deleted)
        #expect(file.numberedLines == [])
    }

    @Test func linkedWorktreeReadsItsOwnIndex() throws {
        let fixture = try makeRepository()
        let linked = fixture.url.deletingLastPathComponent().appendingPathComponent("linked").path
        try fixture.git("worktree", "add", "--quiet", "-b", "side", linked)
        try Data("import os\nimport re\n".utf8).write(to: URL(fileURLWithPath: linked + "/app.py"))
        let repository = try Repository.open(path: linked, currentDirectory: "/", environment: [:])

        let worktree = try repository.readWorktree()
        let head = try repository.headCommit()

        #expect(repository.workTree == linked + "/")
        #expect(repository.headBranchName == "side")
        #expect(head == (try fixture.objectID("main")))
        #expect(worktree.paths == ["app.py"])
        #expect(worktree.file("app.py")?.numberedLines == [NumberedLine(2, "import re")])
        #expect(try repository.readRange(base: nil, head: head).commits.map(\.id) == [head])
        #expect(try fixture.open().readWorktree() == [])
    }

    @Test func ambiguousInsertionMatchesGitDiff() throws {
        let fixture = try makeRepository()
        try fixture.write("guard.py", "}\ny = 2\n")
        try fixture.commit("Add guard")
        try fixture.write("guard.py", "}\ny = 2\n    pass\ny = 2\n")
        let repository = try fixture.open()

        let worktree = try repository.readWorktree()

        let gitOutput = try fixture.git("diff", "--unified=0", "--no-renames")
        let gitLines = try UnifiedDiffParser.parse(gitOutput).addedLines.map { NumberedLine($0.number, $0.text) }
        #expect(gitLines == [NumberedLine(2, "y = 2"), NumberedLine(3, "    pass")])
        #expect(worktree.file("guard.py")?.numberedLines == gitLines)
    }
}
