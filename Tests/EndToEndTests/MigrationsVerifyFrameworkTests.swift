import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate migrations verify` for each framework's files, against the test PostgreSQL server.
///
/// Every case commits a migration that creates `users`, then a second one that adds a `bio`
/// column and an index on it. A good down part drops both; a forgetful one drops only the index,
/// so the schema after it still has the column.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct MigrationsVerifyFrameworkTests {
    static let createUsers = "CREATE TABLE users (id serial PRIMARY KEY);"
    static let dropUsers = "DROP TABLE users;"
    static let addBio = "ALTER TABLE users ADD COLUMN bio text;\nCREATE INDEX users_bio ON users (bio);"
    static let dropBio = "DROP INDEX users_bio;\nALTER TABLE users DROP COLUMN bio;"
    static let forgetfulDropBio = "DROP INDEX users_bio;"

    /// One framework's files for the two migrations.
    struct Layout: CustomTestStringConvertible, Sendable {
        let framework: String
        /// The files of the first commit.
        let base: [String: String]
        /// Returns the files of the second commit, whose down part runs `down`.
        let addition: @Sendable (_ down: String) -> [String: String]
        /// The name the output gives the second migration.
        let newName: String
        /// The name the output gives the first migration.
        let baseName: String

        var testDescription: String { framework }
    }

    static let layouts: [Layout] = [
        Layout(
            framework: "golang-migrate",
            base: ["db/1_users.up.sql": createUsers, "db/1_users.down.sql": dropUsers],
            addition: { down in ["db/2_bio.up.sql": addBio, "db/2_bio.down.sql": down] },
            newName: "db/2_bio.up.sql", baseName: "db/1_users.up.sql"),
        Layout(
            framework: "sql-underscore",
            base: ["db/1_users_up.sql": createUsers, "db/1_users_down.sql": dropUsers],
            addition: { down in ["db/2_bio_up.sql": addBio, "db/2_bio_down.sql": down] },
            newName: "db/2_bio_up.sql", baseName: "db/1_users_up.sql"),
        Layout(
            framework: "dbmate",
            base: ["db/migrations/20240101_users.sql": dbmate(up: createUsers, down: dropUsers)],
            addition: { down in ["db/migrations/20240102_bio.sql": dbmate(up: addBio, down: down)] },
            newName: "db/migrations/20240102_bio.sql", baseName: "db/migrations/20240101_users.sql"),
        Layout(
            framework: "goose",
            base: ["db/00001_users.sql": goose(up: createUsers, down: dropUsers)],
            addition: { down in ["db/00002_bio.sql": goose(up: addBio, down: down)] },
            newName: "db/00002_bio.sql", baseName: "db/00001_users.sql"),
        Layout(
            framework: "flyway",
            base: ["sql/V1__users.sql": createUsers, "sql/U1__users.sql": dropUsers],
            addition: { down in ["sql/V2__bio.sql": addBio, "sql/U2__bio.sql": down] },
            newName: "sql/V2__bio.sql", baseName: "sql/V1__users.sql"),
        Layout(
            framework: "liquibase",
            base: ["db/changelog.sql": liquibaseHeader + liquibase("alice:1", up: createUsers, down: dropUsers)],
            addition: { down in
                [
                    "db/changelog.sql": liquibaseHeader + liquibase("alice:1", up: createUsers, down: dropUsers)
                        + liquibase("alice:2", up: addBio, down: down)
                ]
            },
            newName: "db/changelog.sql alice:2", baseName: "db/changelog.sql alice:1"),
    ]

    static func dbmate(up: String, down: String, marker: String = "-- migrate:up") -> String {
        "\(marker)\n\(up)\n\n-- migrate:down\n\(down)\n"
    }

    static func goose(up: String, down: String, header: String = "") -> String {
        "\(header)-- +goose Up\n-- +goose StatementBegin\n\(up)\n-- +goose StatementEnd\n\n-- +goose Down\n\(down)\n"
    }

    static let liquibaseHeader = "--liquibase formatted sql\n\n"

    /// Returns a changeset whose `--rollback` lines are the lines of `down`.
    static func liquibase(_ id: String, up: String, down: String) -> String {
        let rollback = down.split(separator: "\n").map { "--rollback \($0)" }.joined(separator: "\n")
        return "--changeset \(id)\n\(up)\n\(rollback)\n\n"
    }

    /// Commits `base`, then `addition`, and runs `migrations verify --base HEAD~1`.
    static func verify(base: [String: String], addition: [String: String]) throws -> ProcessResult {
        let repository = try GitRepository()
        for (path, text) in base {
            try repository.write(path, text)
        }
        try repository.commit("Create the users table")
        for (path, text) in addition {
            try repository.write(path, text)
        }
        try repository.commit("Add the users' bio")
        let database = try PostgresServer.createDatabase()
        return try VixenGateBinary().run(
            ["migrations", "verify", "--base", "HEAD~1", "--lang", "en"], in: repository.url,
            environment: ["VIXEN_GATE_DATABASE_URL": database.urlText])
    }

    @Test(arguments: layouts)
    func goodMigrationPasses(_ layout: Layout) throws {
        let result = try Self.verify(base: layout.base, addition: layout.addition(Self.dropBio))

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Applied from the base: \(layout.baseName)\n"))
        #expect(result.stdout.contains("Reversible: \(layout.newName)\n"))
        #expect(result.stdout.hasSuffix("Reversible: 1 of 1 new migration.\n"))
    }

    @Test(arguments: layouts)
    func forgetfulDownFailsWithDiff(_ layout: Layout) throws {
        let result = try Self.verify(base: layout.base, addition: layout.addition(Self.forgetfulDropBio))

        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "Not reversible: after the down migration of \(layout.newName), the schema differs from the schema "
                    + "before its up migration."))
        #expect(result.stdout.contains("--- schema before \(layout.newName) (up)\n"))
        #expect(result.stdout.contains("-    id integer NOT NULL\n"))
        #expect(result.stdout.contains("+    id integer NOT NULL,\n+    bio text\n"))
        #expect(result.stdout.hasSuffix("Reversible: 0 of 1 new migration.\n"))
    }

    @Test func dbmateWithoutTransactionRunsConcurrently() throws {
        let base = ["db/migrations/1_users.sql": Self.dbmate(up: Self.createUsers, down: Self.dropUsers)]
        let up = "CREATE INDEX CONCURRENTLY users_id ON users (id);"
        let down = "DROP INDEX CONCURRENTLY users_id;"

        let outside = try Self.verify(
            base: base,
            addition: [
                "db/migrations/2_index.sql": Self.dbmate(
                    up: up, down: down, marker: "-- migrate:up transaction:false")
            ])
        let inside = try Self.verify(
            base: base, addition: ["db/migrations/2_index.sql": Self.dbmate(up: up, down: down)])

        #expect(outside.status == 0)
        #expect(outside.stdout.contains("Reversible: db/migrations/2_index.sql\n"))
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"))
    }

    @Test func gooseNoTransactionRunsConcurrently() throws {
        let result = try Self.verify(
            base: ["db/00001_users.sql": Self.goose(up: Self.createUsers, down: Self.dropUsers)],
            addition: [
                "db/00002_index.sql": Self.goose(
                    up: "CREATE INDEX CONCURRENTLY users_id ON users (id);", down: "DROP INDEX CONCURRENTLY users_id;",
                    header: "-- +goose NO TRANSACTION\n")
            ])

        #expect(result.status == 0)
        #expect(result.stdout.contains("Reversible: db/00002_index.sql\n"))
    }

    @Test func editedBaseMigrationIsAppliedAsBaseHasIt() throws {
        let result = try Self.verify(
            base: ["db/1_users.up.sql": Self.createUsers, "db/1_users.down.sql": Self.dropUsers],
            addition: [
                "db/1_users.up.sql": "CREATE TABLE users (id serial PRIMARY KEY, name text);",
                "db/2_bio.up.sql": "ALTER TABLE users ADD COLUMN bio text;",
                "db/2_bio.down.sql": "ALTER TABLE users DROP COLUMN bio;",
            ])

        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "Applied as the base has it: db/1_users.up.sql. This range edits or deletes it, which `vixen-gate "
                    + "check` reports as a migration.applied-edited or migration.applied-deleted finding; the edit is "
                    + "not verified.\n"))
        #expect(result.stdout.contains("Reversible: db/2_bio.up.sql\n"))
    }

    @Test func djangoWithoutCommandsStopsBeforeServer() throws {
        let repository = try GitRepository()
        try repository.write("shop/migrations/__init__.py", "")
        try repository.write("shop/migrations/0001_initial.py", Self.djangoMigration(dependencies: "[]"))
        try repository.commit("Create the shop app")
        try repository.write(
            "shop/migrations/0002_bio.py", Self.djangoMigration(dependencies: "[(\"shop\", \"0001_initial\")]"))
        try repository.commit("Add the customers' bio")

        // The URL names a port where no server listens, so touching the server would fail differently.
        let result = try VixenGateBinary().run(
            ["migrations", "verify", "--base", "HEAD~1"], in: repository.url,
            environment: ["VIXEN_GATE_DATABASE_URL": "postgresql://vixen@127.0.0.1:9/postgres"])

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: Migration shop/migrations/0002_bio.py needs Django's own tool to run, and "
                + "database.verify in .vixen-gate.yml sets no commands, so nothing was verified. Set "
                + "database.verify.up_command and database.verify.down_command to commands that apply and undo one "
                + "migration (and database.verify.working_directory to the folder they run in), then run the "
                + "verification again.\n")
    }

    @Test func oversizedMigrationStopsBeforeServer() throws {
        let repository = try GitRepository()
        try repository.write(".vixen-gate.yml", "limits:\n  max_file_size: 64\n")
        try repository.write("db/1_users.up.sql", Self.createUsers)
        try repository.write("db/1_users.down.sql", Self.dropUsers)
        try repository.commit("Create the users table")
        try repository.write("db/2_bio.up.sql", Self.addBio + "\n-- " + String(repeating: "x", count: 80) + "\n")
        try repository.write("db/2_bio.down.sql", Self.dropBio)
        try repository.commit("Add the users' bio")

        // The URL names a port where no server listens, so touching the server would fail differently.
        let result = try VixenGateBinary().run(
            ["migrations", "verify", "--base", "HEAD~1", "--lang", "en"], in: repository.url,
            environment: ["VIXEN_GATE_DATABASE_URL": "postgresql://vixen@127.0.0.1:9/postgres"])

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: Migration file db/2_bio.up.sql is larger than limits.max_file_size (64 bytes), "
                + "so vixen-gate does not read it and nothing was verified. Raise limits.max_file_size in "
                + ".vixen-gate.yml above the file's size, then run the verification again.\n")
    }

    static func djangoMigration(dependencies: String) -> String {
        """
        from django.db import migrations, models


        class Migration(migrations.Migration):
            dependencies = \(dependencies)

            operations = [
                migrations.AddField("customer", "bio", models.TextField(null=True)),
            ]

        """
    }
}
