import Testing
import VixenConfig

/// Tests the `migrations` section of `.vixen-gate.yml` and its errors.
@Suite struct MigrationsConfigurationTests {
    private func parse(_ text: String) throws -> Configuration.Migrations {
        try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml").migrations
    }

    private func error(_ text: String) -> String? {
        do {
            _ = try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
            return nil
        } catch {
            return "\(error.line):\(error.column) \(error.message.english)"
        }
    }

    @Test func everyKey() throws {
        let migrations = try parse(
            """
            migrations:
              alembic:
                versions: [backend/alembic/versions/, backend/alembic/more]
                in_transaction: false
              sql:
                paths: db/**
              prisma:
                down_script: down.sql
                in_transaction: True
              flyway:
                paths: []
            """)
        #expect(
            migrations.settings(for: .alembic).versionFolders == ["backend/alembic/versions", "backend/alembic/more"])
        #expect(migrations.settings(for: .alembic).inTransaction == false)
        #expect(migrations.settings(for: .sql).paths?.map(\.pattern) == ["db/**"])
        #expect(migrations.settings(for: .prisma).downScript == "down.sql")
        #expect(migrations.settings(for: .prisma).inTransaction == true)
        #expect(migrations.settings(for: .flyway).paths == [])
        #expect(migrations.settings(for: .knex) == Configuration.MigrationSettings())
    }

    @Test func emptySectionKeepsDefaults() throws {
        #expect(try parse("migrations:\n") == Configuration.Migrations.default)
        #expect(try parse("migrations:\n  goose:\n") == Configuration.Migrations(frameworks: [.goose: .init()]))
    }

    @Test func unknownFramework() {
        #expect(
            error("migrations:\n  alembik: {}\n")
                == "2:3 Unknown key \"alembik\" in migrations. Did you mean \"alembic\"? Known keys: alembic, sql, dbmate, "
                + "goose, flyway, liquibase, django, knex, prisma.")
    }

    @Test func keyOfAnotherFramework() {
        #expect(
            error("migrations:\n  sql:\n    down_script: down.sql\n")
                == "3:5 Unknown key \"down_script\" in migrations.sql. Known keys: paths, in_transaction.")
    }

    @Test func invalidBoolean() {
        #expect(
            error("migrations:\n  dbmate:\n    in_transaction: \"no\"\n")
                == "3:21 Invalid value \"no\" for migrations.dbmate.in_transaction. Write true or false, without quotes."
        )
        #expect(
            error("migrations:\n  dbmate:\n    in_transaction: maybe\n")
                == "3:21 Invalid value \"maybe\" for migrations.dbmate.in_transaction. Write true or false, without quotes."
        )
    }

    @Test func pathOutsideRepository() {
        #expect(
            error("migrations:\n  alembic:\n    versions: ../shared/versions\n")
                == "3:15 migrations.alembic.versions is \"../shared/versions\", which is not a path inside the repository. "
                + "Write a path relative to the repository root, without a leading /, .. or \\, such as "
                + "backend/alembic/versions.")
        #expect(
            error("migrations:\n  prisma:\n    down_script: /tmp/down.sql\n")?.hasPrefix(
                "3:18 migrations.prisma.down_script is") == true)
    }

    @Test func invalidGlob() {
        #expect(
            error("migrations:\n  knex:\n    paths: [\"db/[a\"]\n")
                == "3:13 Invalid glob \"db/[a\" in migrations.knex.paths. "
                + "The \"[\" at character 4 is never closed. Add a \"]\", or write \"\\[\" to match a literal bracket.")
    }

    @Test func emptyEntries() {
        #expect(
            error("migrations:\n  sql:\n    paths: [\"\"]\n")
                == "3:13 migrations.sql.paths has an empty entry. Write a value or remove the entry.")
        #expect(
            error("migrations:\n  alembic:\n    versions: []\n")
                == "3:15 migrations.alembic.versions has no value. Write a value such as alembic/versions, or remove the key "
                + "to use the default.")
    }

    @Test func spanishMessage() throws {
        do {
            _ = try Configuration.parse(
                bytes: Array("migrations:\n  sql:\n    in_transaction: 1\n".utf8), source: "c.yml")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message.spanish
                    == "Valor no válido \"1\" en migrations.sql.in_transaction. Escriba true o false, sin comillas.")
        }
    }
}
