import Testing
import VixenConfig
import VixenCore

/// The keys the deploy runner reads: `database.migrate` and `database.url_env`.
@Suite struct DatabaseMigrateConfigurationTests {
    private func parse(_ text: String) throws(ConfigurationError) -> Configuration {
        try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
    }

    private func parseError(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func migrateAndURLVariables() throws {
        let text = """
            database:
              migrate:
                up_command: alembic upgrade head
                down_command: alembic downgrade -1
                working_directory: ./backend
              url_env:
                staging: STAGING_DATABASE_URL
                production: PROD_DATABASE_URL

            """

        let database = try parse(text).database

        #expect(
            database.migrate
                == Configuration.Database.Verify(
                    upCommand: "alembic upgrade head", downCommand: "alembic downgrade -1",
                    workingDirectory: "backend"))
        #expect(database.urlEnvironment == [.staging: "STAGING_DATABASE_URL", .production: "PROD_DATABASE_URL"])
        #expect(database.verify == nil)
    }

    @Test func defaultsHaveNeither() throws {
        let database = try parse("database:\n  pg_bin: /usr/bin\n").database

        #expect(database.migrate == nil)
        #expect(database.urlEnvironment == [:])
    }

    @Test func migrateNeedsDownCommand() {
        let error = parseError("database:\n  migrate:\n    up_command: alembic upgrade head\n")

        #expect(error?.line == 3)
        #expect(error?.column == 5)
        #expect(
            error?.message.english
                == "database.migrate has no down_command. Give both up_command and down_command, such as "
                + "up_command: alembic upgrade head and down_command: alembic downgrade -1.")
        #expect(
            error?.message.spanish
                == "database.migrate no tiene down_command. Indique tanto up_command como down_command, por ejemplo "
                + "up_command: alembic upgrade head y down_command: alembic downgrade -1.")
    }

    @Test func migrateFolderStaysInRepository() {
        let error = parseError(
            "database:\n  migrate:\n    up_command: a\n    down_command: b\n    working_directory: ../other\n")

        #expect(error?.line == 5)
        #expect(
            error?.message.english.hasPrefix("database.migrate.working_directory \"../other\" is not a folder") == true)
    }

    @Test func unknownEnvironmentIsRejected() {
        let error = parseError("database:\n  url_env:\n    stagin: STAGING_DATABASE_URL\n")

        #expect(error?.line == 3)
        #expect(error?.column == 5)
        #expect(error?.formatted(.english).hasPrefix(".vixen-gate.yml:3:5: ") == true)
        #expect(error?.message.english.contains("staging") == true)
    }

    @Test func urlInPlaceOfVariableIsRejected() {
        let error = parseError("database:\n  url_env:\n    production: postgresql://app:secret@db/app\n")

        #expect(error?.line == 3)
        #expect(error?.column == 17)
        #expect(
            error?.message.english
                == "database.url_env.production contains a URL, not the name of a variable. Write the environment "
                + "variable that contains the URL, such as PROD_DATABASE_URL, and keep the URL and its password out "
                + "of the file. The value is not shown because it may contain a password.")
        #expect(error?.message.spanish.contains("secret") == false)
    }
}
