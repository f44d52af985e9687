import Foundation
import Testing
import VixenTestSupport

/// `check --base X --head Y` over the team's layout, read through the JSON report.
struct RangeReportTests {
    /// A team repository tagged `v1.0` at its first commit, with two commits after it that
    /// touch every component.
    struct TeamRange {
        let repository: GitRepository
        /// The full id of the tagged first commit.
        let base: String
        /// The full id of the last commit.
        let head: String

        init() throws {
            repository = try TeamRepository.make()
            base = try repository.head()
            try repository.tag("v1.0", message: "First release")

            try repository.write(
                "backend/app/main.py",
                TeamRepository.mainModule + "\n\n@app.get(\"/orders\")\ndef orders() -> list[str]:\n    return []\n")
            try repository.write(
                "backend/app/alembic/versions/0002_create_orders.py",
                TeamRepository.migration(revision: "0002", previous: "0001"))
            try repository.write("backend/tests/test_orders.py", "def test_orders():\n    assert True\n")
            try repository.commit("Add the orders endpoint")

            try repository.write(
                "backend/app/alembic/env.py", "from alembic import context\n\nconfig = context.config\n")
            try repository.write(
                "backend/Dockerfile", "FROM python:3.13-slim\nCOPY . /app\nHEALTHCHECK CMD true\nUSER 1000\n")
            try repository.write("backend/.dockerignore", ".venv\n")
            try repository.write(
                "frontend/package.json", "{\"name\": \"orders-web\", \"private\": true, \"version\": \"0.2.0\"}\n")
            try repository.remove("frontend/src/legacy.js")
            try repository.write("frontend/src/orders.js", "export function listOrders() {\n  return [];\n}\n")
            try repository.move("docs/deploy.md", "docs/deployment.md")
            head = try repository.commit("Show the orders in the frontend")
        }
    }

    /// Every file that ``TeamRange`` changes, in the order of the range's diff, which sorts by path.
    static let teamRangeFiles = [
        JSONReport.File("backend/.dockerignore", "added", "OPS"),
        JSONReport.File("backend/Dockerfile", "modified", "OPS"),
        JSONReport.File("backend/app/alembic/env.py", "modified", "DB"),
        JSONReport.File("backend/app/alembic/versions/0002_create_orders.py", "added", "DB"),
        JSONReport.File("backend/app/main.py", "modified", "BE"),
        JSONReport.File("backend/tests/test_orders.py", "added", "TESTS"),
        JSONReport.File("docs/deployment.md", "renamed", "DOCS", oldPath: "docs/deploy.md"),
        JSONReport.File("frontend/package.json", "modified", "FE"),
        JSONReport.File("frontend/src/legacy.js", "deleted", "FE"),
        JSONReport.File("frontend/src/orders.js", "added", "FE"),
    ]

    @Test func teamRangeReportsEveryFile() throws {
        let team = try TeamRange()
        let gate = try VixenGateBinary()

        let (result, report) = try gate.checkJSON(["--base", "v1.0", "--head", "main"], in: team.repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(report.range.base == team.base)
        #expect(report.range.head == team.head)
        #expect(report.range.commits == 2)
        #expect(report.range.staged == false)
        #expect(report.range.worktree == false)
        #expect(report.components == ["BE", "FE", "DB", "OPS", "DOCS", "TESTS"])
        #expect(report.files == Self.teamRangeFiles)
        #expect(report.findings == [])
        #expect(report.blocked == false)
        #expect(report.summary == JSONReport.Summary(errors: 0, warnings: 0, info: 0, baselined: 0))
        #expect(report.language == "en")
    }

    @Test func jsonKeysWithOldPathOnRenameOnly() throws {
        let team = try TeamRange()
        let gate = try VixenGateBinary()

        let result = try gate.run(["check", "--base", "v1.0", "--format", "json"], in: team.repository.url)
        let keys = try JSONKeyPaths.collect(from: result.stdout)

        #expect(
            keys == [
                "blocked", "components", "files", "findings", "language", "range", "summary",
                "files[].path", "files[].old_path", "files[].status", "files[].component",
                "range.base", "range.head", "range.commits", "range.staged", "range.worktree",
                "summary.errors", "summary.warnings", "summary.info", "summary.baselined",
            ])
        #expect(result.stdout.components(separatedBy: "\"old_path\"").count == 2)
    }

    @Test func headDefaultsToHEAD() throws {
        let team = try TeamRange()
        let gate = try VixenGateBinary()

        let (result, report) = try gate.checkJSON(["--base", team.base], in: team.repository.url)

        #expect(result.status == 0)
        #expect(report.range.base == team.base)
        #expect(report.range.head == team.head)
        #expect(report.range.commits == 2)
    }

    @Test func emptyRangeSaysNoCommits() throws {
        let team = try TeamRange()
        let gate = try VixenGateBinary()
        let short = String(team.head.prefix(7))

        let result = try gate.run(["check", "--base", "HEAD", "--head", "HEAD"], in: team.repository.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                No commits in range \(short)..\(short)

                Changed components: none

                Changed files: none

                Findings: none

                passed: 0 errors, 0 warnings, 0 info

                """)
    }

    @Test func emptyRangeJSONHasZeroCommits() throws {
        let team = try TeamRange()
        let gate = try VixenGateBinary()

        let (result, report) = try gate.checkJSON(["--base", "HEAD", "--head", "HEAD"], in: team.repository.url)

        #expect(result.status == 0)
        #expect(report.range.commits == 0)
        #expect(report.range.base == team.head)
        #expect(report.range.head == team.head)
        #expect(report.components == [])
        #expect(report.files == [])
        #expect(report.findings == [])
        #expect(report.blocked == false)
    }
}
