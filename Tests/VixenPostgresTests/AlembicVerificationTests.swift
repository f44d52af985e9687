import Foundation
import Testing
import VixenPostgres
import VixenTestSupport

/// Verifies Alembic revisions through `alembic upgrade +1` and `alembic downgrade -1`, with the
/// alembic script of the test Python environment that `VIXEN_GATE_TEST_PYTHON` points into.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct AlembicVerificationTests {
    static let pythonVariable = "VIXEN_GATE_TEST_PYTHON"

    static let environmentScript = """
        import os

        from alembic import context
        from sqlalchemy import create_engine

        engine = create_engine(os.environ["DATABASE_URL"])
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=None)
            with context.begin_transaction():
                context.run_migrations()

        """

    static let createUsers = """
        import sqlalchemy as sa
        from alembic import op

        revision = "a1f0c3d2e4b5"
        down_revision = None
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            op.create_table(
                "users",
                sa.Column("id", sa.Integer(), primary_key=True),
                sa.Column("email", sa.String(length=255), nullable=False),
            )


        def downgrade() -> None:
            op.drop_table("users")

        """

    /// The second revision, whose downgrade body is `downgrade`.
    static func addBio(downgrade: String) -> String {
        """
        import sqlalchemy as sa
        from alembic import op

        revision = "b7e2d9c1a0f3"
        down_revision = "a1f0c3d2e4b5"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            op.add_column("users", sa.Column("bio", sa.Text(), nullable=True))
            op.create_index("ix_users_email", "users", ["email"], unique=True)


        def downgrade() -> None:
        \(downgrade)

        """
    }

    /// Writes an Alembic project with both revisions and returns its folder.
    static func writeProject(in folder: URL, bioDowngrade: String) throws {
        let files = [
            "alembic.ini": "[alembic]\nscript_location = migrations\n",
            "migrations/env.py": environmentScript,
            "migrations/versions/a1f0c3d2e4b5_create_users.py": createUsers,
            "migrations/versions/b7e2d9c1a0f3_add_bio.py": addBio(downgrade: bioDowngrade),
        ]
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    /// Returns the path of the alembic script next to the test Python.
    static func alembic() throws -> String {
        guard let python = ProcessInfo.processInfo.environment[pythonVariable], !python.isEmpty else {
            throw AlembicSetupError(
                description: """
                    \(pythonVariable) is not set, so the Alembic tests have no alembic to run. Run scripts/test.sh, \
                    which sets it, or set it to the python of a virtual environment made by \
                    scripts/setup-test-python.sh.
                    """)
        }
        return URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("alembic").path
    }

    func verify(bioDowngrade: String) throws -> (VerificationReport, VerifierFixture) {
        let fixture = try VerifierFixture()
        try Self.writeProject(in: fixture.folder.url, bioDowngrade: bioDowngrade)
        let alembic = try Self.alembic()
        let revision = { (name: String) in
            Migration(
                name: name, up: .command("'\(alembic)' upgrade +1"), down: .command("'\(alembic)' downgrade -1"))
        }

        let report = try fixture.verifier().verify(
            base: [revision("a1f0c3d2e4b5_create_users")], new: [revision("b7e2d9c1a0f3_add_bio")])
        return (report, fixture)
    }

    @Test func reversibleRevisionPasses() throws {
        let downgrade = """
                op.drop_index("ix_users_email", table_name="users")
                op.drop_column("users", "bio")
            """

        let (report, fixture) = try verify(bioDowngrade: downgrade)

        #expect(report.passed)
        #expect(report.baseMigrations == ["a1f0c3d2e4b5_create_users"])
        #expect(report.reversible == ["b7e2d9c1a0f3_add_bio"])
        let scratch = try #require(fixture.scratchDatabase)
        #expect(fixture.events.values.last == .scratchDatabaseDropped(scratch))
    }

    @Test func emptyDowngradeFailsWithDiff() throws {
        let (report, _) = try verify(bioDowngrade: "    pass")

        let failure = try #require(report.failure)
        #expect(failure.migration == "b7e2d9c1a0f3_add_bio")
        #expect(failure.kind == .downChangesSchema)
        let diff = UnifiedDiff.make(
            old: failure.expectedSchema, new: failure.actualSchema, oldLabel: "before", newLabel: "after")
        #expect(diff.contains("+    bio text\n"))
        #expect(diff.contains("+CREATE UNIQUE INDEX ix_users_email ON public.users USING btree (email);\n"))
        #expect(!diff.contains("alembic_version"))
    }
}

struct AlembicSetupError: Error, CustomStringConvertible {
    let description: String
}
