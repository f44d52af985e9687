import Testing
import VixenConfig
import VixenCore

@testable import VixenChecks

/// Tests the public inventory: which migrations a tree contains, in which order, and how each runs.
@Suite struct MigrationInventoryTests {
    private func inventory(_ files: [String: String], configuration: String = "") throws -> MigrationInventory {
        let parsed = try Configuration.parse(bytes: Array(configuration.utf8), source: ".vixen-gate.yml")
        return try MigrationInventory(snapshot: InMemorySnapshot(files: files), configuration: parsed)
    }

    @Test func sqlPairsByNumericVersion() throws {
        let found = try inventory([
            "db/10_c.up.sql": "SELECT 10;", "db/10_c.down.sql": "SELECT -10;", "db/9_b.up.sql": "SELECT 9;",
            "db/9_b.down.sql": "SELECT -9;", "db/1_a.up.sql": "SELECT 1;",
        ])

        #expect(found.migrations.map(\.id) == ["1_a", "9_b", "10_c"])
        #expect(found.migrations[0].scripts == MigrationScripts(up: .sqlFile(path: "db/1_a.up.sql"), down: nil))
        #expect(
            found.migrations[2].scripts
                == MigrationScripts(up: .sqlFile(path: "db/10_c.up.sql"), down: .sqlFile(path: "db/10_c.down.sql")))
    }

    @Test func flywayOrdersFoldersTogether() throws {
        let found = try inventory([
            "a/V2__b.sql": "SELECT 2;", "b/V1_5__a.sql": "SELECT 1.5;", "b/U1_5__a.sql": "SELECT -1.5;",
            "a/V1__a.sql": "SELECT 1;",
        ])

        #expect(found.migrations.map(\.path) == ["a/V1__a.sql", "b/V1_5__a.sql", "a/V2__b.sql"])
        #expect(found.migrations[1].downPath == "b/U1_5__a.sql")
        #expect(found.migrations[1].version == "1.5")
    }

    @Test func alembicFollowsRevisionGraph() throws {
        let found = try inventory([
            "alembic/versions/0_c3.py": MigrationTexts.alembic("c3", down: "b2"),
            "alembic/versions/5_a1.py": MigrationTexts.alembic("a1"),
            "alembic/versions/9_b2.py": MigrationTexts.alembic("b2", down: "a1"),
        ])

        #expect(found.migrations.map(\.id) == ["a1", "b2", "c3"])
        #expect(found.migrations.allSatisfy { $0.scripts == .frameworkCommands })
    }

    @Test func dbmateSectionsAndTransaction() throws {
        let found = try inventory([
            "db/migrations/1_a.sql": "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n",
            "db/migrations/2_b.sql": "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY b ON a (id);\n",
        ])

        #expect(
            found.migrations[0].scripts
                == MigrationScripts(
                    up: .sql("CREATE TABLE a (id int);", inTransaction: true),
                    down: .sql("DROP TABLE a;\n", inTransaction: true)))
        #expect(
            found.migrations[1].scripts
                == MigrationScripts(
                    up: .sql("CREATE INDEX CONCURRENTLY b ON a (id);\n", inTransaction: false), down: nil))
    }

    @Test func gooseSQLAndGoMigrations() throws {
        let found = try inventory([
            "db/00002_b.go": "package db\nfunc init() { goose.AddMigration(upB, downB) }\n",
            "db/00001_a.sql": "-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n",
        ])

        #expect(found.migrations.map(\.id) == ["00001_a", "00002_b"])
        #expect(
            found.migrations[0].scripts
                == MigrationScripts(
                    up: .sql("SELECT 1;", inTransaction: false), down: .sql("SELECT 2;\n", inTransaction: false)))
        #expect(found.migrations[1].scripts == .frameworkCommands)
    }

    @Test func liquibaseChangesetsInFileOrder() throws {
        let text = """
            --liquibase formatted sql
            --changeset bob:2
            CREATE TABLE b (id int);
            --rollback DROP TABLE b;
            --changeset alice:1 runInTransaction:false
            SELECT 1;
            --rollback empty
            --changeset carol:3
            SELECT 3;

            """
        let found = try inventory(["db/changelog.sql": text])

        #expect(found.migrations.map(\.id) == ["bob:2", "alice:1", "carol:3"])
        #expect(
            found.migrations.map(\.displayName) == [
                "db/changelog.sql bob:2", "db/changelog.sql alice:1", "db/changelog.sql carol:3",
            ])
        #expect(found.migrations[0].scripts.down == .sql("DROP TABLE b;", inTransaction: true))
        #expect(found.migrations[1].scripts.down == .sql("", inTransaction: false))
        #expect(found.migrations[2].scripts.down == nil)
    }

    @Test func prismaRunsThroughPsqlWithDownScript() throws {
        let files = [
            "prisma/migrations/20240101_a/migration.sql": "CREATE TABLE a (id int);",
            "prisma/migrations/20240101_a/down.sql": "DROP TABLE a;",
        ]

        let withDown = try inventory(files, configuration: "migrations:\n  prisma:\n    down_script: down.sql\n")
        let without = try inventory(files)

        #expect(
            withDown.migrations.first?.scripts
                == MigrationScripts(
                    up: .sqlFile(path: "prisma/migrations/20240101_a/migration.sql"),
                    down: .sqlFile(path: "prisma/migrations/20240101_a/down.sql")))
        #expect(without.migrations.first?.scripts == .frameworkCommands)
    }

    @Test func frameworksNeedingCommands() throws {
        let found = try inventory([
            "shop/migrations/0001_initial.py": MigrationTexts.django([]),
            "migrations/20240101_a.js": "exports.up = (knex) => knex.schema;\nexports.down = () => null;\n",
        ])

        #expect(found.migrations.map(\.framework) == [.django, .knex])
        #expect(found.migrations.map(\.scripts.needsCommand) == [true, true])
    }

    @Test func versionOrderComparesNumbers() {
        #expect(VersionOrder.precedes("9", "10"))
        #expect(!VersionOrder.precedes("10", "9"))
        #expect(VersionOrder.precedes("1.2", "1.10"))
        #expect(VersionOrder.precedes("1", "1.1"))
        #expect(VersionOrder.precedes("20240101120000", "20240102090000"))
    }
}
