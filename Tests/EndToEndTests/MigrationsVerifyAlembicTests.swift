import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate migrations verify` of Alembic revisions through the configured commands, with the
/// test virtual environment's alembic and the test PostgreSQL server.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct MigrationsVerifyAlembicTests {
    static let configuration = """
        database:
          verify:
            up_command: alembic upgrade +1
            down_command: alembic downgrade -1
            working_directory: backend

        """

    /// Returns a repository with the Alembic project and revision a1 committed.
    static func repository() throws -> GitRepository {
        let repository = try GitRepository()
        try repository.write(".vixen-gate.yml", configuration)
        try repository.write("backend/alembic.ini", "[alembic]\nscript_location = migrations\n")
        try repository.write("backend/migrations/env.py", AlembicProject.environmentScript)
        try repository.write("backend/migrations/versions/a1_users.py", AlembicProject.createUsers)
        try repository.commit("Create the users table")
        return repository
    }

    /// Runs `migrations verify --base <base>` with the virtual environment's alembic on PATH.
    static func verify(_ repository: GitRepository, base: String) throws -> ProcessResult {
        let python = try #require(
            ProcessInfo.processInfo.environment["VIXEN_GATE_TEST_PYTHON"],
            "VIXEN_GATE_TEST_PYTHON is not set; run scripts/test.sh, which sets it")
        let venvBin = URL(fileURLWithPath: python).deletingLastPathComponent().path
        let database = try PostgresServer.createDatabase()
        return try VixenGateBinary().run(
            ["migrations", "verify", "--base", base, "--lang", "en"], in: repository.url,
            environment: [
                "VIXEN_GATE_DATABASE_URL": database.urlText,
                "PATH": venvBin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            ])
    }

    /// Returns a revision that adds a column to `users` and drops it again.
    static func addColumn(revision: String, downRevision: String, column: String) -> String {
        """
        import sqlalchemy as sa
        from alembic import op

        revision = "\(revision)"
        down_revision = "\(downRevision)"


        def upgrade() -> None:
            op.add_column("users", sa.Column("\(column)", sa.Text(), nullable=True))


        def downgrade() -> None:
            op.drop_column("users", "\(column)")

        """
    }

    @Test func goodRevisionPasses() throws {
        let repository = try Self.repository()
        try repository.write("backend/migrations/versions/b2_bio.py", AlembicProject.addBio(keepsColumn: false))
        try repository.commit("Add the users' bio")

        let result = try Self.verify(repository, base: "HEAD~1")

        #expect(result.status == 0)
        #expect(result.stdout.contains("Applied from the base: backend/migrations/versions/a1_users.py\n"))
        #expect(result.stdout.contains("Reversible: backend/migrations/versions/b2_bio.py\n"))
        #expect(result.stdout.hasSuffix("Reversible: 1 of 1 new migration.\n"))
    }

    @Test func twoRevisionsInGraphOrder() throws {
        let repository = try Self.repository()
        // The file names sort against the graph: 0_c3 follows 9_b2.
        try repository.write(
            "backend/migrations/versions/9_b2.py", Self.addColumn(revision: "b2", downRevision: "a1", column: "bio"))
        try repository.commit("Add the users' bio")
        try repository.write(
            "backend/migrations/versions/0_c3.py", Self.addColumn(revision: "c3", downRevision: "b2", column: "city"))
        try repository.commit("Add the users' city")

        let result = try Self.verify(repository, base: "HEAD~2")

        #expect(result.status == 0)
        let reversible = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Reversible: backend") }
        #expect(
            reversible == [
                "Reversible: backend/migrations/versions/9_b2.py", "Reversible: backend/migrations/versions/0_c3.py",
            ])
        #expect(result.stdout.hasSuffix("Reversible: 2 of 2 new migrations.\n"))
    }
}
