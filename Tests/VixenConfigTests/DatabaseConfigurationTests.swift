import Testing
import VixenConfig
import VixenCore

@Suite struct DatabaseConfigurationTests {
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

    @Test func defaultsWithoutSection() throws {
        let database = try parse("limits:\n  rename_limit: 5\n").database

        #expect(database == Configuration.Database())
        #expect(database.urlVariable == "DATABASE_URL")
        #expect(database.backup.keep == 7)
        #expect(database.verify == nil)
    }

    @Test func fullSection() throws {
        let text = """
            database:
              pg_bin: /usr/lib/postgresql/16/bin
              url_variable: APP_DATABASE_URL
              verify:
                up_command: alembic upgrade +1
                down_command: alembic downgrade -1
                working_directory: backend
              backup:
                folder: /var/backups/teamboard
                keep: 3

            """

        let database = try parse(text).database

        #expect(
            database
                == Configuration.Database(
                    pgBin: "/usr/lib/postgresql/16/bin", urlVariable: "APP_DATABASE_URL",
                    verify: Configuration.Database.Verify(
                        upCommand: "alembic upgrade +1", downCommand: "alembic downgrade -1",
                        workingDirectory: "backend"),
                    backup: Configuration.Database.Backup(folder: "/var/backups/teamboard", keep: 3)))
    }

    @Test func verifyNeedsBothCommands() {
        let error = parseError("database:\n  verify:\n    up_command: alembic upgrade +1\n")

        #expect(error?.line == 3)
        #expect(
            error?.message.english
                == "database.verify has no down_command. Give both up_command and down_command, such as "
                + "up_command: alembic upgrade +1 and down_command: alembic downgrade -1.")
    }

    @Test func invalidVariableName() {
        let error = parseError("database:\n  url_variable: 1DATABASE-URL\n")

        #expect(error?.line == 2)
        #expect(error?.column == 17)
        #expect(
            error?.message.english
                == "database.url_variable \"1DATABASE-URL\" is not a valid environment variable name. Use letters, "
                + "digits and _, not starting with a digit, such as DATABASE_URL.")
    }

    @Test func workingDirectoryIsNormalized() throws {
        let text = """
            database:
              verify:
                up_command: u
                down_command: d
                working_directory: ./backend//app/

            """

        #expect(try parse(text).database.verify?.workingDirectory == "backend/app")
    }

    @Test func workingDirectoryOutsideRepository() {
        let text = """
            database:
              verify:
                up_command: u
                down_command: d
                working_directory: ../other

            """

        let error = parseError(text)

        #expect(error?.line == 5)
        #expect(
            error?.message.english
                == "database.verify.working_directory \"../other\" is not a folder inside the repository. Write a path "
                + "relative to the repository root, without .., such as backend.")
    }

    @Test func keepMustBePositive() {
        let error = parseError("database:\n  backup:\n    keep: 0\n")

        #expect(
            error?.message == Catalog.configNotPositive(path: "database.backup.keep", value: "0", defaultValue: "7"))
    }

    @Test func unknownVerifyKeySuggestsName() {
        let error = parseError("database:\n  verify:\n    up: alembic upgrade +1\n")

        #expect(error?.message.english.hasPrefix("Unknown key \"up\" in database.verify.") == true)
    }
}
