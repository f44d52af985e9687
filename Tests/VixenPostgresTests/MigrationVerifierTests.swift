import Foundation
import Testing
import VixenPostgres
import VixenTestSupport

@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct MigrationVerifierTests {
    static let usersUp = "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n"
    static let usersDown = "DROP TABLE users;\n"

    @Test func goodPairIsReversible() throws {
        let fixture = try VerifierFixture()
        let base = try fixture.sqlMigration("001_users", up: Self.usersUp, down: Self.usersDown)
        let new = try fixture.sqlMigration(
            "002_bio", up: "ALTER TABLE users ADD COLUMN bio text;\nCREATE INDEX users_email ON users (email);\n",
            down: "DROP INDEX users_email;\nALTER TABLE users DROP COLUMN bio;\n")

        let report = try fixture.verifier().verify(base: [base], new: [new])

        #expect(report.passed)
        #expect(report.baseMigrations == ["001_users"])
        #expect(report.reversible == ["002_bio"])
        #expect(report.notVerified == [])
        let scratch = try #require(fixture.scratchDatabase)
        #expect(
            fixture.events.values == [
                .scratchDatabaseCreated(scratch), .baseMigrationApplied("001_users"), .migrationReversible("002_bio"),
                .scratchDatabaseDropped(scratch),
            ])
    }

    @Test func downForgettingColumnShowsDiff() throws {
        let fixture = try VerifierFixture()
        let base = try fixture.sqlMigration("001_users", up: Self.usersUp, down: Self.usersDown)
        let forgetful = try fixture.sqlMigration(
            "002_bio", up: "ALTER TABLE users ADD COLUMN bio text;\n", down: "SELECT 1;\n")
        let later = try fixture.sqlMigration(
            "003_tags", up: "CREATE TABLE tags (id int);\n", down: "DROP TABLE tags;\n")

        let report = try fixture.verifier().verify(base: [base], new: [forgetful, later])

        #expect(!report.passed)
        #expect(report.reversible == [])
        #expect(report.notVerified == ["003_tags"])
        let failure = try #require(report.failure)
        #expect(failure.migration == "002_bio")
        #expect(failure.kind == .downChangesSchema)
        let diff = UnifiedDiff.make(
            old: failure.expectedSchema, new: failure.actualSchema, oldLabel: "before", newLabel: "after")
        #expect(
            diff.hasPrefix(
                """
                --- before
                +++ after
                @@ -1,6 +1,7 @@
                 CREATE TABLE public.users (
                     id integer NOT NULL,
                -    email text NOT NULL
                +    email text NOT NULL,
                +    bio text
                 );

                """))
    }

    @Test func downWithSyntaxErrorNamesStep() throws {
        let fixture = try VerifierFixture()
        let new = try fixture.sqlMigration("001_users", up: Self.usersUp, down: "DROP TABLE users\nDROPP INDEX x;\n")

        let error = #expect(throws: PostgresError.self) {
            try fixture.verifier().verify(base: [], new: [new])
        }

        guard case .stepFailed(let step, let migration, let failure) = error else {
            Issue.record("expected a failed step, got \(String(describing: error))")
            return
        }
        #expect(step == .down)
        #expect(migration == "001_users")
        #expect(failure.tool == "psql")
        #expect(failure.status == 3)
        #expect(failure.output.contains("ERROR:  syntax error at or near \"DROPP\""))
        #expect(
            error?.message.english.hasPrefix(
                "Migration 001_users failed at step \"down\". Fix the migration, then run the verification again. "
                    + "psql exited with status 3:\n    psql:") == true)
        let scratch = try #require(fixture.scratchDatabase)
        #expect(fixture.events.values.last == .scratchDatabaseDropped(scratch))
    }

    @Test func missingDownIsNotReversible() throws {
        let fixture = try VerifierFixture()
        let new = try fixture.sqlMigration("001_users", up: Self.usersUp, down: nil)

        let report = try fixture.verifier().verify(base: [], new: [new])

        #expect(report.failure?.kind == .noDownMigration)
        #expect(report.failure?.migration == "001_users")
    }

    @Test func databaseWithTablesIsRejected() throws {
        let fixture = try VerifierFixture()
        try PostgresServer.query(
            "CREATE TABLE customers (id int); CREATE TABLE orders (id int);", on: fixture.database.url)
        let new = try fixture.sqlMigration("001_users", up: Self.usersUp, down: Self.usersDown)

        let error = #expect(throws: PostgresError.self) {
            try fixture.verifier().verify(base: [], new: [new])
        }

        #expect(
            error
                == .existingTables(
                    url: fixture.database.url.description, count: 2, examples: ["public.customers", "public.orders"]))
        #expect(error?.message.english.contains("so the URL probably points at a real database") == true)
        #expect(fixture.scratchDatabase == nil)
    }

    @Test func allowExistingVerifiesWithoutTouchingTables() throws {
        let fixture = try VerifierFixture()
        try PostgresServer.query(
            "CREATE TABLE customers (id int); INSERT INTO customers VALUES (7);", on: fixture.database.url)
        let new = try fixture.sqlMigration("001_users", up: Self.usersUp, down: Self.usersDown)

        let report = try fixture.verifier(allowExisting: true).verify(base: [], new: [new])

        #expect(report.passed)
        #expect(try PostgresServer.query("SELECT id FROM customers", on: fixture.database.url) == ["7"])
    }

    @Test func scratchDatabaseIsDropped() throws {
        let fixture = try VerifierFixture()
        let new = try fixture.sqlMigration("001_users", up: Self.usersUp, down: Self.usersDown)

        let report = try fixture.verifier().verify(base: [], new: [new])

        #expect(report.scratchDatabase.hasPrefix("vixen_gate_verify_"))
        let rows = try PostgresServer.query(
            "SELECT count(*) FROM pg_catalog.pg_database WHERE datname = '\(report.scratchDatabase)'",
            on: fixture.database.url)
        #expect(rows == ["0"])
    }

    @Test func scratchDatabaseIsDroppedAfterFailedStep() throws {
        let fixture = try VerifierFixture()
        let new = try fixture.sqlMigration("001_broken", up: "CREATE TABLE;\n", down: Self.usersDown)

        #expect(throws: PostgresError.self) {
            try fixture.verifier().verify(base: [], new: [new])
        }

        let scratch = try #require(fixture.scratchDatabase)
        let rows = try PostgresServer.query(
            "SELECT count(*) FROM pg_catalog.pg_database WHERE datname = '\(scratch)'", on: fixture.database.url)
        #expect(rows == ["0"])
    }

    @Test func passwordNeverInOutput() throws {
        let fixture = try VerifierFixture()
        let url = fixture.database.url
        let password = try #require(url.password)
        let leaky = Migration(
            name: "leaky",
            up: .command(#"echo "connecting to $DATABASE_URL with $PGPASSWORD" >&2; exit 4"#),
            down: .command("true"))

        let error = #expect(throws: PostgresError.self) {
            try fixture.verifier().verify(base: [], new: [leaky])
        }

        let texts =
            [error?.message.english ?? "", error?.message.spanish ?? ""]
            + fixture.events.values.map { "\($0)" }
        for text in texts {
            #expect(!text.contains(password))
            #expect(!text.contains(url.secretText))
        }
        #expect(error?.message.english.contains("connecting to *** with ***") == true)
    }

    @Test func olderDumpNamesFolderToConfigure() throws {
        let fixture = try VerifierFixture()
        let real = try PostgresServer.tools()
        let fakeFolder = fixture.folder.url.appendingPathComponent("old-bin")
        try FileManager.default.createDirectory(at: fakeFolder, withIntermediateDirectories: true)
        let fakeDump = fakeFolder.appendingPathComponent("pg_dump")
        let script = """
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "pg_dump (PostgreSQL) 11.22"; exit 0; fi
            echo "pg_dump: error: aborting because of server version mismatch" >&2
            exit 1

            """
        try Data(script.utf8).write(to: fakeDump)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fakeDump.path)
        let tools = PostgresTools(psql: real.psql, pgDump: fakeDump, pgRestore: real.pgRestore)
        let new = try fixture.sqlMigration("001_users", up: Self.usersUp, down: Self.usersDown)

        let error = #expect(throws: PostgresError.self) {
            try fixture.verifier(tools: tools).verify(base: [], new: [new])
        }

        guard case .dumpOlderThanServer(let path, let dumpVersion, _, let serverMajor) = error else {
            Issue.record("expected a version mismatch, got \(String(describing: error))")
            return
        }
        #expect(path == fakeDump.path)
        #expect(dumpVersion == "11.22")
        #expect(error?.message.english.contains("--pg-bin DIR or database.pg_bin") == true)
        #expect(error?.message.english.contains("/usr/lib/postgresql/\(serverMajor)/bin") == true)
    }

    @Test func unreachableServerIsConnectionError() throws {
        let fixture = try VerifierFixture()
        var url = fixture.database.url
        url.password = "wrong-password"
        let verifier = MigrationVerifier(
            url: url, tools: try PostgresServer.tools(),
            options: VerificationOptions(workingDirectory: fixture.folder.url),
            environment: ProcessInfo.processInfo.environment)

        let error = #expect(throws: PostgresError.self) {
            try verifier.verify(base: [], new: [])
        }

        guard case .connectionFailed(let shown, let failure) = error else {
            Issue.record("expected a connection failure, got \(String(describing: error))")
            return
        }
        #expect(shown == url.description)
        #expect(failure.output.contains("password authentication failed"))
        #expect(error?.message.english.contains("wrong-password") == false)
    }
}
