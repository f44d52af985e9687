import Foundation
import Testing
import VixenTestSupport

/// The components that one commit on top of the team's layout changes.
struct ComponentTests {
    let repository: GitRepository
    let gate: VixenGateBinary

    init() throws {
        repository = try TeamRepository.make()
        gate = try VixenGateBinary()
    }

    /// Writes `files`, commits them and checks that commit alone.
    private func checkCommit(writing files: [String: String]) throws -> (result: ProcessResult, report: JSONReport) {
        for (path, contents) in files {
            try repository.write(path, contents)
        }
        try repository.commit("Change \(files.keys.sorted().joined(separator: ", "))")
        return try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)
    }

    @Test func docsOnlyCommitIsDocs() throws {
        let (result, report) = try checkCommit(writing: [
            "docs/deploy.md": "# Deploy\n\nMerge to main, then deploy from Coolify.\nRun the smoke tests.\n",
            "docs/adr/0001-use-alembic.md": "# Use Alembic\n",
        ])

        #expect(result.status == 0)
        #expect(report.components == ["DOCS"])
        #expect(
            report.files == [
                JSONReport.File("docs/adr/0001-use-alembic.md", "added", "DOCS"),
                JSONReport.File("docs/deploy.md", "modified", "DOCS"),
            ])
    }

    @Test func migrationOnlyCommitIsDatabase() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/app/alembic/versions/0002_create_orders.py": TeamRepository.migration(
                revision: "0002", previous: "0001")
        ])

        #expect(result.status == 0)
        #expect(report.components == ["DB"])
        #expect(report.files == [JSONReport.File("backend/app/alembic/versions/0002_create_orders.py", "added", "DB")])
    }

    @Test func backendMigrationIsNotBackend() throws {
        let (result, report) = try checkCommit(writing: [
            "backend/app/models.py": "class Order:\n    pass\n",
            "backend/app/alembic/versions/0002_create_orders.py": TeamRepository.migration(
                revision: "0002", previous: "0001"),
        ])

        #expect(result.status == 0)
        #expect(report.components == ["BE", "DB"])
        #expect(
            report.files == [
                JSONReport.File("backend/app/alembic/versions/0002_create_orders.py", "added", "DB"),
                JSONReport.File("backend/app/models.py", "added", "BE"),
            ])
    }

    @Test func frontendTestIsTests() throws {
        let (result, report) = try checkCommit(writing: [
            "frontend/src/orders.test.js": "test('lists orders', () => {});\n",
            "frontend/src/__tests__/cart.js": "test('empty cart', () => {});\n",
        ])

        #expect(result.status == 0)
        #expect(report.components == ["TESTS"])
        #expect(
            report.files == [
                JSONReport.File("frontend/src/__tests__/cart.js", "added", "TESTS"),
                JSONReport.File("frontend/src/orders.test.js", "added", "TESTS"),
            ])
    }

    @Test func backendDockerfileIsOperations() throws {
        let (result, report) = try checkCommit(writing: ["backend/Dockerfile": "FROM python:3.13-slim\nCOPY . /app\n"])

        #expect(result.status == 0)
        #expect(report.components == ["OPS"])
        #expect(report.files == [JSONReport.File("backend/Dockerfile", "modified", "OPS")])
    }

    @Test func rootFileOutsideComponentsIsNull() throws {
        let (result, report) = try checkCommit(writing: ["Makefile": "test:\n\tpytest backend\n"])

        #expect(result.status == 0)
        #expect(report.components == [])
        #expect(report.files == [JSONReport.File("Makefile", "added", nil)])
    }
}
