import Foundation
import Testing
import VixenTestSupport

/// The migration gate through `vixen-gate check`, on team repositories whose Alembic revisions
/// live in `backend/app/alembic/versions`, the folder that `backend/alembic.ini` names.
struct MigrationTests {
    static let versions = "backend/app/alembic/versions"

    let gate: VixenGateBinary

    init() throws {
        gate = try VixenGateBinary()
    }

    /// Returns an Alembic revision whose functions hold the given statements.
    static func revision(_ id: String, after previous: String, upgrade: [String], downgrade: [String]) -> String {
        let up = upgrade.map { "    " + $0 }.joined(separator: "\n")
        let down = downgrade.map { "    " + $0 }.joined(separator: "\n")
        return """
            import sqlalchemy as sa
            from alembic import op

            revision = "\(id)"
            down_revision = "\(previous)"


            def upgrade():
            \(up)


            def downgrade():
            \(down)

            """
    }

    static let addAge = "op.add_column(\"users\", sa.Column(\"age\", sa.Integer(), nullable=True))"

    /// Makes a team repository, then commits `files` as the only commit of the range.
    private func repository(adding files: [String: String], message: String = "Add a migration") throws -> GitRepository
    {
        let repository = try TeamRepository.make()
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            try repository.write(path, contents)
        }
        try repository.commit(message)
        return repository
    }

    @Test func passDowngradeBlocks() throws {
        let path = "\(Self.versions)/0002_add_age.py"
        let repository = try repository(adding: [
            path: Self.revision("0002", after: "0001", upgrade: [Self.addAge], downgrade: ["pass"])
        ])

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.blocked)
        #expect(
            report.findings == [
                JSONReport.Finding(
                    rule: "migration.empty-down", severity: "error", file: path, line: 12,
                    commit: try repository.head(),
                    message: "downgrade() of migration 0002 in \(path) does nothing, so a rollback would leave the "
                        + "changes of upgrade() in place. Write the statements that undo them, for example dropping the "
                        + "column that upgrade() adds.")
            ])
    }

    @Test func realDowngradePasses() throws {
        let repository = try repository(adding: [
            "\(Self.versions)/0002_add_age.py":
                Self.revision(
                    "0002", after: "0001", upgrade: [Self.addAge], downgrade: ["op.drop_column(\"users\", \"age\")"])
        ])

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 0)
        #expect(report.findings == [])
        #expect(report.components == ["DB"])
    }

    @Test func editingAppliedMigrationBlocks() throws {
        let path = "\(Self.versions)/0001_create_users.py"
        let repository = try repository(
            adding: [
                path: Self.revision("0001", after: "0000", upgrade: [Self.addAge], downgrade: ["pass"])
                    .replacing("down_revision = \"0000\"", with: "down_revision = None")
            ],
            message: "Change the first migration")

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.applied-edited"])
        #expect(report.findings.first?.file == path)
        #expect(report.findings.first?.line == 1)
        #expect(
            report.findings.first?.message
                == "Migration 0001 in \(path) was edited, but it existed before this range, so a database may already "
                + "have applied it and will not run the new version. Restore the file and put the change in a new "
                + "migration.")
    }

    @Test func secondHeadBlocks() throws {
        let repository = try TeamRepository.make()
        try repository.write(
            "\(Self.versions)/0002_add_age.py",
            Self.revision(
                "0002", after: "0001", upgrade: [Self.addAge], downgrade: ["op.drop_column(\"users\", \"age\")"]))
        try repository.commit("Add the age column")
        let path = "\(Self.versions)/0003_add_city.py"
        try repository.write(
            path,
            Self.revision(
                "0003", after: "0001", upgrade: ["op.add_column(\"users\", sa.Column(\"city\", sa.Text()))"],
                downgrade: ["op.drop_column(\"users\", \"city\")"]))
        try repository.commit("Add the city column")

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 1)
        #expect(
            report.findings == [
                JSONReport.Finding(
                    rule: "migration.multiple-heads", severity: "error", file: path, line: 5,
                    commit: try repository.head(),
                    message: "Alembic revision 0003 (\(path)) leaves the revision history with 2 heads (0002, 0003), "
                        + "so `alembic upgrade head` fails. Set its down_revision to the latest revision, or run "
                        + "`alembic merge heads` to add a merge revision.")
            ])
    }

    @Test func hazardSuppressedOnLastLineOfStatement() throws {
        let upgrade = [
            "op.create_index(",
            "    \"ix_users_email\", \"users\", [\"email\"],",
            ")  # vixen-gate:allow migration.index-not-concurrent",
            "op.drop_column(\"users\", \"nickname\")",
        ]
        let path = "\(Self.versions)/0002_index.py"
        let repository = try repository(adding: [
            path: Self.revision(
                "0002", after: "0001", upgrade: upgrade, downgrade: ["op.drop_index(\"ix_users_email\")"])
        ])

        let (result, report) = try gate.checkJSON(["--base", "HEAD~1"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.drop-column"])
        #expect(report.findings.map(\.line) == [12])
    }

    @Test func untrackedMigrationInWorkTree() throws {
        let repository = try TeamRepository.make()
        let path = "\(Self.versions)/0002_add_age.py"
        try repository.write(path, Self.revision("0002", after: "0001", upgrade: [Self.addAge], downgrade: ["..."]))

        let (result, report) = try gate.checkJSON(["--base", "HEAD", "--worktree"], in: repository.url)

        #expect(result.status == 1)
        #expect(report.findings.map(\.rule) == ["migration.empty-down"])
        #expect(report.findings.map(\.file) == [path])
    }

    @Test func messageInSpanish() throws {
        let path = "\(Self.versions)/0002_add_age.py"
        let repository = try repository(adding: [
            path: Self.revision("0002", after: "0001", upgrade: [Self.addAge], downgrade: ["raise NotImplementedError"])
        ])

        let (_, report) = try gate.checkJSON(["--base", "HEAD~1", "--lang", "es"], in: repository.url)

        #expect(
            report.findings.map(\.message) == [
                "downgrade() de la migración 0002 de \(path) solo lanza una excepción (raise NotImplementedError), así "
                    + "que la migración no se puede revertir. Escriba un downgrade() que deshaga la migración. Si el "
                    + "cambio de verdad no se puede deshacer, documente cómo restaurar los datos y añada un comentario "
                    + "`vixen-gate:allow migration.raising-down` en esta línea."
            ])
    }
}
