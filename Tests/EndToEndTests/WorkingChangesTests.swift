import Foundation
import Testing
import VixenTestSupport

/// `--staged` and `--worktree`: changes in the index and the work tree join the report.
struct WorkingChangesTests {
    let repository: GitRepository
    let gate: VixenGateBinary

    /// A team repository with two staged changes, one unstaged edit, one unstaged deletion and
    /// one untracked file in a new folder.
    init() throws {
        repository = try TeamRepository.make()
        try repository.write("backend/app/orders.py", "def list_orders() -> list[str]:\n    return []\n")
        try repository.write("frontend/src/main.js", "import \"./style.css\";\nimport \"./orders.js\";\n")
        try repository.git("add", "backend/app/orders.py", "frontend/src/main.js")

        try repository.write("backend/app/main.py", TeamRepository.mainModule + "\nORDERS_ENABLED = False\n")
        try repository.remove("frontend/src/legacy.js")
        try repository.write("docs/adr/0001-orders.md", "# Orders\n")
        gate = try VixenGateBinary()
    }

    static let stagedFiles = [
        JSONReport.File("backend/app/orders.py", "added", "BE"),
        JSONReport.File("frontend/src/main.js", "modified", "FE"),
    ]

    static let worktreeFiles = [
        JSONReport.File("backend/app/main.py", "modified", "BE"),
        JSONReport.File("docs/adr/0001-orders.md", "added", "DOCS"),
        JSONReport.File("frontend/src/legacy.js", "deleted", "FE"),
    ]

    @Test func stagedAddsIndexOnly() throws {
        let (result, report) = try gate.checkJSON(["--base", "HEAD", "--staged"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(report.range.staged == true)
        #expect(report.range.worktree == false)
        #expect(report.range.commits == 0)
        #expect(report.components == ["BE", "FE"])
        #expect(report.files == Self.stagedFiles)
    }

    @Test func worktreeAddsIndexAndWorkTree() throws {
        let (result, report) = try gate.checkJSON(["--base", "HEAD", "--worktree"], in: repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(report.range.staged == true)
        #expect(report.range.worktree == true)
        #expect(report.range.commits == 0)
        #expect(report.components == ["BE", "FE", "DOCS"])
        #expect(report.files == Self.stagedFiles + Self.worktreeFiles)
    }

    @Test func withoutFlagsIgnoresWorkingChanges() throws {
        let (result, report) = try gate.checkJSON(["--base", "HEAD"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.range.staged == false)
        #expect(report.range.worktree == false)
        #expect(report.files == [])
    }

    @Test func worktreeReadsWorkTreeConfig() throws {
        // The commit contains the staged changes and a file over the limit that only the
        // uncommitted configuration sets.
        try repository.write("backend/app/fixtures/orders.csv", String(repeating: "1234567\n", count: 256))
        try repository.git("add", "backend/app/fixtures/orders.csv")
        let head = try repository.commit("Add the orders module and fixture", all: false)
        try repository.write(".vixen-gate.yml", "limits:\n  max_file_size: 1 KiB\n")

        let (committed, committedReport) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)
        let (worktree, worktreeReport) = try gate.checkJSON(["--base", "HEAD~1", "--worktree"], in: repository.url)

        #expect(committed.status == 0)
        #expect(committedReport.findings == [])
        #expect(worktree.status == 0)
        #expect(worktreeReport.findings.map(\.rule) == ["git.file-too-large"])
        #expect(worktreeReport.findings.map(\.file) == ["backend/app/fixtures/orders.csv"])
        #expect(worktreeReport.findings.map(\.commit) == [head])
    }

    @Test func worktreeHeaderNamesIndexAndWorkTree() throws {
        let head = String(try repository.head().prefix(7))

        let result = try gate.run(["check", "--base", "HEAD", "--worktree"], in: repository.url)

        #expect(result.status == 0)
        #expect(
            result.stdout == """
                No commits in range \(head)..\(head) + index + work tree

                Changed components: BE, FE, DOCS

                Changed files:
                  BE
                    M backend/app/main.py
                    A backend/app/orders.py
                  FE
                    D frontend/src/legacy.js
                    M frontend/src/main.js
                  DOCS
                    A docs/adr/0001-orders.md

                Findings: none

                passed: 0 errors, 0 warnings, 0 info

                """)
    }
}
