import Foundation
import Testing
import VixenTestSupport

/// Which commit a migration finding names, and which version of a migration `check` reads when
/// the index or the work tree changes it.
struct MigrationCommitTests {
    static let versions = MigrationTests.versions

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    static func revision(_ id: String, after previous: String, downgrade: String) -> String {
        MigrationTests.revision(id, after: previous, upgrade: [MigrationTests.addAge], downgrade: [downgrade])
    }

    @Test func findingNamesLastCommitOfFile() throws {
        let repository = try TeamRepository.make()
        let first = "\(Self.versions)/0002_add_age.py"
        let second = "\(Self.versions)/0003_add_city.py"
        try repository.write(first, Self.revision("0002", after: "0001", downgrade: "pass"))
        try repository.commit("Add the age column")
        try repository.write(second, Self.revision("0003", after: "0002", downgrade: "pass"))
        let secondCommit = try repository.commit("Add the city column")
        try repository.write(first, Self.revision("0002", after: "0001", downgrade: "pass") + "# Reviewed.\n")
        let editCommit = try repository.commit("Mark the age column reviewed")

        let (result, report) = try gate.checkJSON(["--base", "HEAD~3"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.empty-down", "migration.empty-down"])
        #expect(report.findings.map(\.file) == [first, second])
        #expect(report.findings.map(\.commit) == [editCommit, secondCommit])
    }

    @Test func suppressionFromEarlierCommitHolds() throws {
        let repository = try TeamRepository.make()
        let path = "\(Self.versions)/0002_index.py"
        let text = MigrationTests.revision(
            "0002", after: "0001",
            upgrade: ["op.create_index(\"ix_users_email\", \"users\", [\"email\"])  # vixen-gate:allow"],
            downgrade: ["op.drop_index(\"ix_users_email\")"])
        try repository.write(path, text)
        try repository.commit("Index the users' email")
        try repository.write(path, text + "# Reviewed.\n")
        try repository.commit("Mark the index reviewed")

        let (result, report) = try gate.checkJSON(["--base", "HEAD~2"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [])
    }

    @Test func stagedFindingHasNoCommit() throws {
        let repository = try TeamRepository.make()
        let path = "\(Self.versions)/0002_add_age.py"
        try repository.write(path, Self.revision("0002", after: "0001", downgrade: "pass"))
        try repository.git("add", path)

        let (result, report) = try gate.checkJSON(["--base", "HEAD", "--staged"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.empty-down"])
        #expect(report.findings.map(\.commit) == [nil])
    }

    /// Commits a revision with a real downgrade, then makes the index's version of it, or the
    /// work tree's, one whose downgrade is `pass`.
    private func repositoryWithWeakenedDowngrade(staged: Bool) throws -> (GitRepository, String) {
        let repository = try TeamRepository.make()
        let path = "\(Self.versions)/0002_add_age.py"
        try repository.write(
            path, Self.revision("0002", after: "0001", downgrade: "op.drop_column(\"users\", \"age\")"))
        try repository.commit("Add the age column")
        try repository.write(path, Self.revision("0002", after: "0001", downgrade: "pass"))
        if staged {
            try repository.git("add", path)
        }
        return (repository, path)
    }

    @Test func stagedModificationReadFromIndex() throws {
        let (repository, path) = try repositoryWithWeakenedDowngrade(staged: true)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1", "--staged"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.empty-down"])
        #expect(report.findings.map(\.file) == [path])
        #expect(report.findings.map(\.commit) == [nil])
    }

    @Test func workTreeModificationReadFromDisk() throws {
        let (repository, path) = try repositoryWithWeakenedDowngrade(staged: false)

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1", "--worktree"], in: repository.url)
        let (committed, committedReport) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.empty-down"])
        #expect(report.findings.map(\.file) == [path])
        #expect(committed.status == 0)
        #expect(committedReport.findings == [])
    }

    @Test func workTreeVersionWinsOverIndex() throws {
        let (repository, path) = try repositoryWithWeakenedDowngrade(staged: true)
        try repository.write(
            path, Self.revision("0002", after: "0001", downgrade: "op.drop_column(\"users\", \"age\")"))

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1", "--staged", "--worktree"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [])
    }
}
