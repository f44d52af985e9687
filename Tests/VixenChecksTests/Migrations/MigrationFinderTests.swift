import Testing
import VixenConfig
import VixenCore

@testable import VixenChecks

/// Tests which framework reads each file, and what it reads from it.
@Suite struct MigrationFinderTests {
    private func migrations(
        _ path: String, in files: [String: String], configuration: String = ""
    ) throws -> [Migration] {
        let settings = try Configuration.parse(bytes: Array(configuration.utf8), source: ".vixen-gate.yml").migrations
        let tree = MigrationTree(snapshot: InMemorySnapshot(files: files), maxFileSize: 1 << 20)
        return try MigrationFinder(settings: settings, tree: tree).migrations(at: path, in: tree)
    }

    private func framework(_ path: String, _ contents: String) throws -> String {
        try migrations(path, in: [path: contents]).map(\.framework.rawValue).joined(separator: ",")
    }

    @Test func frameworksByPlaceAndContent() throws {
        #expect(try framework("alembic/versions/a1.py", MigrationTexts.alembic("a1")) == "alembic")
        #expect(try framework("app/migrations/versions/a1.py", MigrationTexts.alembic("a1")) == "alembic")
        #expect(try framework("shop/migrations/0001_initial.py", MigrationTexts.django([])) == "django")
        #expect(try framework("db/0001_a.up.sql", "SELECT 1;\n") == "sql")
        #expect(try framework("sql/V1__a.sql", "SELECT 1;\n") == "flyway")
        #expect(try framework("prisma/migrations/1_a/migration.sql", "SELECT 1;\n") == "prisma")
        #expect(try framework("db/1_a.sql", "-- migrate:up\nSELECT 1;\n") == "dbmate")
        #expect(try framework("db/1_a.sql", "-- +goose Up\nSELECT 1;\n") == "goose")
        #expect(try framework("db/log.sql", "--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n") == "liquibase")
        #expect(try framework("migrations/1_a.js", "exports.up = () => null;\n") == "knex")
        #expect(try framework("m/1_a.go", "package m\nfunc init() { goose.AddMigration(up, down) }\n") == "goose")
    }

    @Test func filesThatAreNoMigrations() throws {
        #expect(try framework("alembic/versions/__init__.py", "") == "")
        #expect(try framework("alembic/versions/helpers.py", "def helper():\n    pass\n") == "")
        #expect(try framework("shop/migrations/__init__.py", "") == "")
        #expect(try framework("shop/migrations/0002_x.py", "x = 1\n") == "")
        #expect(try framework("db/report.sql", "SELECT 1;\n") == "")
        #expect(try framework("src/migrations/helpers.js", "module.exports = {};\n") == "")
        #expect(try framework("db/R__views.sql", "CREATE VIEW v AS SELECT 1;\n") == "")
    }

    @Test func configuredPathsReplaceDetection() throws {
        let configuration = "migrations:\n  sql:\n    paths: [schema/**]\n  flyway:\n    paths: []\n"
        #expect(
            try migrations(
                "schema/0001_a.up.sql", in: ["schema/0001_a.up.sql": "SELECT 1;\n"], configuration: configuration
            )
            .map(\.framework) == [.sql])
        #expect(
            try migrations("db/0001_a.up.sql", in: ["db/0001_a.up.sql": "SELECT 1;\n"], configuration: configuration)
                == [])
        #expect(try migrations("db/V1__a.sql", in: ["db/V1__a.sql": "SELECT 1;\n"], configuration: configuration) == [])
    }

    @Test func configuredAlembicFolder() throws {
        let configuration = "migrations:\n  alembic:\n    versions: [db/revisions]\n"
        let files = [
            "db/revisions/a1.py": MigrationTexts.alembic("a1"), "alembic/versions/b2.py": MigrationTexts.alembic("b2"),
        ]
        #expect(try migrations("db/revisions/a1.py", in: files, configuration: configuration).map(\.id) == ["a1"])
        #expect(try migrations("alembic/versions/b2.py", in: files, configuration: configuration) == [])
    }

    @Test func alembicRevisionFields() throws {
        let text = MigrationTexts.alembic("b2", header: ["branch_labels = (\"x\",)"])
            .replacing("down_revision = None", with: "down_revision = (\"a1\", \"a0\")")
        let revision = try #require(
            try migrations("alembic/versions/b2.py", in: ["alembic/versions/b2.py": text]).first?.alembic)
        #expect(revision.revision == "b2")
        #expect(revision.downRevisions == ["a1", "a0"])
        #expect(revision.branchLabels == ["x"])
        #expect(revision.revisionLine == 5)
        #expect(revision.downRevisionLine == 6)
    }

    @Test func computedDownRevisionIsUnknown() throws {
        let text = MigrationTexts.alembic("b2").replacing("down_revision = None", with: "down_revision = previous()")
        let revision = try #require(
            try migrations("alembic/versions/b2.py", in: ["alembic/versions/b2.py": text]).first?.alembic)
        #expect(revision.downRevisions == nil)
    }

    @Test func sqlPairVersionAndDownPath() throws {
        let files = ["db/0042_add.up.sql": "SELECT 1;\n", "db/0042_add.down.sql": "SELECT 2;\n"]
        let migration = try #require(try migrations("db/0042_add.up.sql", in: files).first)
        #expect(migration.id == "0042_add")
        #expect(migration.version == "42")
        #expect(migration.downPath == "db/0042_add.down.sql")
        #expect(migration.reversibility == [])
        #expect(migration.forwardSQL.map(\.inTransaction) == [false])
    }

    @Test func flywayVersionsCompareAsFlywayDoes() {
        #expect(FlywayReader.version(of: "V01.1.0__a.sql", prefix: "V") == "1.1")
        #expect(FlywayReader.version(of: "V1_1__a.sql", prefix: "V") == "1.1")
        #expect(FlywayReader.version(of: "V2__a.sql", prefix: "V") == "2")
        #expect(FlywayReader.version(of: "V__a.sql", prefix: "V") == nil)
        #expect(FlywayReader.version(of: "V1a__a.sql", prefix: "V") == nil)
    }

    @Test func transactionSettings() throws {
        let dbmate = try migrations("db/1_a.sql", in: ["db/1_a.sql": "-- migrate:up transaction:false\nSELECT 1;\n"])
        #expect(dbmate.flatMap(\.forwardSQL).map(\.inTransaction) == [false])
        let goose = try migrations(
            "db/1_a.sql", in: ["db/1_a.sql": "-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;\n"])
        #expect(goose.flatMap(\.forwardSQL).map(\.inTransaction) == [false])
        let django = try migrations(
            "shop/migrations/0002_a.py",
            in: [
                "shop/migrations/0002_a.py": MigrationTexts.django(
                    ["migrations.RunSQL(\"SELECT 1\", \"SELECT 2\")"], atomic: false)
            ])
        #expect(django.flatMap(\.forwardSQL).map(\.inTransaction) == [false])
        #expect(django.flatMap(\.forwardSQL).map(\.text) == ["SELECT 1"])
        let liquibase = try migrations(
            "db/log.sql",
            in: ["db/log.sql": "--liquibase formatted sql\n--changeset a:1 runInTransaction:false\nSELECT 1;\n"])
        #expect(liquibase.flatMap(\.forwardSQL).map(\.inTransaction) == [false])
    }

    @Test func sectionsKeepFileLines() throws {
        let dbmate = try migrations(
            "db/1_a.sql", in: ["db/1_a.sql": "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n"])
        #expect(dbmate.flatMap(\.forwardSQL).map(\.firstLine) == [2])
        #expect(dbmate.flatMap(\.forwardSQL).map(\.text) == ["SELECT 1;"])
        let alembic = try migrations(
            "alembic/versions/b2.py",
            in: [
                "alembic/versions/b2.py": MigrationTexts.alembic(
                    "b2", upgrade: ["op.execute(", "    \"\"\"UPDATE t", "    SET a = 1\"\"\"", ")"])
            ])
        let section = try #require(alembic.first?.forwardSQL.first)
        #expect(section.text == "UPDATE t\n        SET a = 1")
        #expect(section.firstLine == 11)
        #expect(section.keepsLines)
        #expect(section.enclosingLines == 10...13)
        #expect(section.inTransaction)
    }

    @Test func alembicTextCallAndAutocommit() throws {
        let upgrade = [
            "with op.get_context().autocommit_block():",
            "    op.execute(sa.text(\"CREATE INDEX CONCURRENTLY ix ON t (a)\"))",
        ]
        let found = try migrations(
            "alembic/versions/b2.py", in: ["alembic/versions/b2.py": MigrationTexts.alembic("b2", upgrade: upgrade)])
        let section = try #require(found.first?.forwardSQL.first)
        #expect(section.text == "CREATE INDEX CONCURRENTLY ix ON t (a)")
        #expect(section.inTransaction == false)
        #expect(section.keepsLines == false)
    }

    @Test func filesOverTheSizeLimitAreNotRead() throws {
        let tree = MigrationTree(
            snapshot: InMemorySnapshot(files: ["db/0001_a.up.sql": String(repeating: "-- x\n", count: 10)]),
            maxFileSize: 8)
        #expect(try tree.contents(of: "db/0001_a.up.sql") == nil)
    }
}
