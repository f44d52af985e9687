import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate migrations verify` run as a user runs it, against the test PostgreSQL server.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct MigrationsVerifyTests {
    static let usersUp = "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n"
    static let usersDown = "DROP TABLE users;\n"

    /// A repository whose first commit has one SQL migration, and a database to verify against.
    struct Fixture {
        let repository: GitRepository
        let database: TestDatabase
        let binary: VixenGateBinary

        init() throws {
            repository = try GitRepository()
            try repository.write("db/migrations/001_users.up.sql", MigrationsVerifyTests.usersUp)
            try repository.write("db/migrations/001_users.down.sql", MigrationsVerifyTests.usersDown)
            try repository.commit("Create the users table")
            database = try PostgresServer.createDatabase()
            binary = try VixenGateBinary()
        }

        /// Commits a second migration with these up and down files.
        func addMigration(up: String, down: String) throws {
            try repository.write("db/migrations/002_bio.up.sql", up)
            try repository.write("db/migrations/002_bio.down.sql", down)
            try repository.commit("Add the users' bio")
        }

        /// Runs `migrations verify --base HEAD~1` with the URL in VIXEN_GATE_DATABASE_URL.
        func verify(_ extraArguments: [String] = [], environment: [String: String] = [:]) throws -> ProcessResult {
            try binary.run(
                ["migrations", "verify", "--base", "HEAD~1"] + extraArguments, in: repository.url,
                environment: ["VIXEN_GATE_DATABASE_URL": database.urlText].merging(environment) { _, new in new })
        }

        /// Returns the output with the random scratch database name replaced by `SCRATCH`.
        func normalized(_ text: String) -> String {
            text.replacing(/vixen_gate_verify_[0-9a-f]{12}/, with: "SCRATCH")
        }

        /// Returns the scratch database named in the output.
        func scratchName(in text: String) -> String? {
            text.firstMatch(of: /vixen_gate_verify_[0-9a-f]{12}/).map { String($0.output) }
        }
    }

    @Test func reversibleMigrationPasses() throws {
        let fixture = try Fixture()
        try fixture.addMigration(
            up: "ALTER TABLE users ADD COLUMN bio text;\n", down: "ALTER TABLE users DROP COLUMN bio;\n")

        let result = try fixture.verify()

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            fixture.normalized(result.stdout) == """
                Verifying 1 migration on a scratch database on the server of \(fixture.database.url), after the \
                base's 1 migration.
                Created the scratch database SCRATCH.
                Applied from the base: db/migrations/001_users.up.sql
                Reversible: db/migrations/002_bio.up.sql
                Dropped the scratch database SCRATCH.
                Reversible: 1 of 1 new migration.

                """)
        let scratch = try #require(fixture.scratchName(in: result.stdout))
        #expect(try !TestDatabase.exists(scratch))
    }

    @Test func forgottenDropPrintsDiff() throws {
        let fixture = try Fixture()
        try fixture.addMigration(up: "ALTER TABLE users ADD COLUMN bio text;\n", down: "SELECT 1;\n")

        let result = try fixture.verify(["--lang", "en"])

        #expect(result.status == 1)
        #expect(
            fixture.normalized(result.stdout).hasSuffix(
                """
                Dropped the scratch database SCRATCH.
                Not reversible: after the down migration of db/migrations/002_bio.up.sql, the schema differs from the schema \
                before its up migration. Make the down migration undo every change of the up migration:
                --- schema before db/migrations/002_bio.up.sql (up)
                +++ schema after db/migrations/002_bio.up.sql (down)
                @@ -1,6 +1,7 @@
                 CREATE TABLE public.users (
                     id integer NOT NULL,
                -    email text NOT NULL
                +    email text NOT NULL,
                +    bio text
                 );
                \u{20}
                 ALTER TABLE public.users OWNER TO \(fixture.database.user);
                Reversible: 0 of 1 new migration.

                """))
    }

    @Test func syntaxErrorInDownIsExitTwo() throws {
        let fixture = try Fixture()
        try fixture.addMigration(up: "ALTER TABLE users ADD COLUMN bio text;\n", down: "ALTER TABLE users DROPP bio;\n")

        let result = try fixture.verify()

        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "vixen-gate: error: Migration db/migrations/002_bio.up.sql failed at step \"down\". Fix the migration, then "
                    + "run the verification again. psql exited with status 3:\n    psql:"))
        #expect(result.stderr.contains("ERROR:  syntax error at or near \"DROPP\""))
        let scratch = try #require(fixture.scratchName(in: result.stdout))
        #expect(try !TestDatabase.exists(scratch))
    }

    @Test func spanishReport() throws {
        let fixture = try Fixture()
        try fixture.addMigration(up: "CREATE TABLE tags (id int);\n", down: "DROP TABLE tags;\n")

        let result = try fixture.verify(["--lang", "es"])

        #expect(result.status == 0)
        #expect(
            fixture.normalized(result.stdout).hasSuffix(
                "Reversible: db/migrations/002_bio.up.sql\nEliminada la base de datos temporal SCRATCH.\n"
                    + "Reversibles: 1 de 1 migración nueva.\n"))
    }

    @Test func passwordNeverPrinted() throws {
        let fixture = try Fixture()
        try fixture.addMigration(up: "ALTER TABLE users ADD COLUMN bio text;\n", down: "DROPP;\n")
        let password = fixture.database.password

        let fromVariable = try fixture.verify()
        let fromOption = try fixture.binary.run(
            ["migrations", "verify", "--base", "HEAD~1", "--database-url", fixture.database.urlText],
            in: fixture.repository.url)

        #expect(fromVariable.status == 2)
        #expect(fromOption.status == 2)
        for text in [fromVariable.stdout, fromVariable.stderr, fromOption.stdout, fromOption.stderr] {
            #expect(!password.isEmpty)
            #expect(!text.contains(password))
            #expect(!text.contains(fixture.database.urlText))
        }
        #expect(fromOption.stdout.contains("\(fixture.database.url)"))
        #expect("\(fixture.database.url)".contains(":***@"))
    }

    @Test func databaseWithTablesIsRejected() throws {
        let fixture = try Fixture()
        try fixture.addMigration(up: "CREATE TABLE tags (id int);\n", down: "DROP TABLE tags;\n")
        try fixture.database.query("CREATE TABLE customers (id int);")

        let rejected = try fixture.verify()
        let allowed = try fixture.verify(["--allow-existing"])

        #expect(rejected.status == 2)
        #expect(
            rejected.stderr
                == "vixen-gate: error: The database \(fixture.database.url) already contains 1 table (public.customers), "
                + "so the URL probably points at a real database. Verification only needs a server where it may create "
                + "a scratch database: point the URL at an empty database, or pass --allow-existing if this server is "
                + "meant for it. The tables are never changed either way.\n")
        #expect(allowed.status == 0)
    }

    @Test func alembicThroughConfiguredCommands() throws {
        let python = try #require(
            ProcessInfo.processInfo.environment["VIXEN_GATE_TEST_PYTHON"],
            "VIXEN_GATE_TEST_PYTHON is not set; run scripts/test.sh, which sets it")
        let venvBin = URL(fileURLWithPath: python).deletingLastPathComponent().path
        let repository = try GitRepository()
        try repository.write(
            ".vixen-gate.yml",
            """
            database:
              verify:
                up_command: alembic upgrade +1
                down_command: alembic downgrade -1
                working_directory: backend

            """)
        try repository.write("backend/alembic.ini", "[alembic]\nscript_location = migrations\n")
        try repository.write("backend/migrations/env.py", AlembicProject.environmentScript)
        try repository.write("backend/migrations/versions/a1_users.py", AlembicProject.createUsers)
        try repository.commit("Create the users table")
        try repository.write("backend/migrations/versions/b2_bio.py", AlembicProject.addBio(keepsColumn: true))
        try repository.commit("Add the users' bio")
        let database = try PostgresServer.createDatabase()
        let binary = try VixenGateBinary()

        let result = try binary.run(
            ["migrations", "verify", "--base", "HEAD~1"], in: repository.url,
            environment: [
                "VIXEN_GATE_DATABASE_URL": database.urlText,
                "PATH": venvBin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            ])

        #expect(result.status == 1)
        #expect(result.stdout.contains("Applied from the base: backend/migrations/versions/a1_users.py\n"))
        #expect(
            result.stdout.contains("Not reversible: after the down migration of backend/migrations/versions/b2_bio.py"))
        #expect(result.stdout.contains("+    bio text\n"))
        #expect(!result.stdout.contains(database.password))
        #expect(!result.stderr.contains(database.password))
    }

    @Test func interruptionDropsScratchDatabase() throws {
        let repository = try GitRepository()
        let marker = try TemporaryDirectory()
        let started = marker.url.appendingPathComponent("started").path
        try repository.write(
            ".vixen-gate.yml",
            """
            database:
              verify:
                up_command: touch '\(started)'; exec sleep 60
                down_command: "true"

            """)
        try repository.commit("Configure the migration commands")
        try repository.write("migrations/versions/a1.py", "revision = \"a1\"\ndown_revision = None\n")
        try repository.commit("Add a revision whose upgrade hangs")
        let database = try PostgresServer.createDatabase()
        let output = marker.url.appendingPathComponent("stdout")
        let errors = marker.url.appendingPathComponent("stderr")
        try Data().write(to: output)
        try Data().write(to: errors)

        let process = Process()
        process.executableURL = try BuildProducts.vixenGate()
        process.arguments = ["migrations", "verify", "--base", "HEAD~1"]
        process.currentDirectoryURL = repository.url
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "VIXEN_GATE_DATABASE_URL": database.urlText,
        ]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()

        // Waits for the up command to start, checking every 50 ms for at most 60 s.
        var checks = 0
        while !FileManager.default.fileExists(atPath: started), process.isRunning, checks < 1200 {
            Thread.sleep(forTimeInterval: 0.05)
            checks += 1
        }
        process.terminate()
        process.waitUntilExit()

        let stdout = try String(contentsOf: output, encoding: .utf8)
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        let scratch = try #require(stdout.firstMatch(of: /vixen_gate_verify_[0-9a-f]{12}/).map { String($0.output) })
        #expect(process.terminationStatus == 2)
        #expect(
            stderr == "vixen-gate: error: Verification was interrupted; the scratch database \(scratch) was dropped.\n")
        #expect(try !TestDatabase.exists(scratch))
    }
}

/// The files of a small Alembic project whose env.py reads DATABASE_URL.
enum AlembicProject {
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

        revision = "a1"
        down_revision = None


        def upgrade() -> None:
            op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))


        def downgrade() -> None:
            op.drop_table("users")

        """

    /// Returns the second revision, whose downgrade leaves the column in place when `keepsColumn` is true.
    static func addBio(keepsColumn: Bool) -> String {
        """
        import sqlalchemy as sa
        from alembic import op

        revision = "b2"
        down_revision = "a1"


        def upgrade() -> None:
            op.add_column("users", sa.Column("bio", sa.Text(), nullable=True))


        def downgrade() -> None:
            \(keepsColumn ? "pass" : "op.drop_column(\"users\", \"bio\")")

        """
    }
}
