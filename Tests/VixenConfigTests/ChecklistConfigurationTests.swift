import Testing
import VixenConfig
import VixenCore

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

@Suite struct ChecklistConfigurationTests {
    @Test func defaults() {
        let checklist = Configuration.default.checklist
        #expect(checklist.maxImageSize == 300_000)
        #expect(checklist.maxFontSize == 1_000_000)
        #expect(checklist.maxVideoSize == 1_000_000)
        #expect(checklist.modernFormatMinSize == 100_000)
        #expect(checklist.healthcheckConfigured == false)
        #expect(checklist.buildContexts.isEmpty)
        #expect(checklist.tests.isEmpty)
    }

    @Test func nullSectionKeepsDefaults() throws {
        #expect(try parse("checklist:\n") == .default)
    }

    @Test func everyKey() throws {
        let checklist = try parse(
            """
            checklist:
              max_image_size: 250 KiB
              max_font_size: 2 MB
              max_video_size: "5 MB"
              modern_format_min_size: 50000
              healthcheck_configured: true
              build_contexts:
                docker/api.Dockerfile: ./backend/
                Dockerfile.web: .
              tests:
                backend: {command: pytest -q, directory: backend}
                frontend:
                  command: npm test
                  directory: ./frontend/
            """
        ).checklist
        #expect(checklist.maxImageSize == 256_000)
        #expect(checklist.maxFontSize == 2_000_000)
        #expect(checklist.maxVideoSize == 5_000_000)
        #expect(checklist.modernFormatMinSize == 50_000)
        #expect(checklist.healthcheckConfigured == true)
        #expect(checklist.buildContexts == ["docker/api.Dockerfile": "backend", "Dockerfile.web": ""])
        #expect(
            checklist.tests == [
                Configuration.TestCommand(component: .backend, command: "pytest -q", directory: "backend"),
                Configuration.TestCommand(component: .frontend, command: "npm test", directory: "frontend"),
            ])
        #expect(checklist.testCommand(for: .frontend)?.key == "frontend")
    }

    @Test func testCommandWithoutDirectoryRunsAtRoot() throws {
        let tests = try parse("checklist:\n  tests:\n    backend: {command: make test}\n").checklist.tests
        #expect(tests == [Configuration.TestCommand(component: .backend, command: "make test", directory: "")])
    }

    @Test func unknownChecklistKey() {
        let error = parseError("checklist:\n  max_image: 1 MB\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(
            error?.message.english
                == "Unknown key \"max_image\" in checklist. Did you mean \"max_image_size\"? Known keys: "
                + "max_image_size, max_font_size, max_video_size, modern_format_min_size, healthcheck_configured, "
                + "build_contexts, tests.")
    }

    @Test func unknownTestComponent() {
        let error = parseError("checklist:\n  tests:\n    BE: {command: pytest}\n")
        #expect(error?.line == 3)
        #expect(
            error?.message.english == "Unknown key \"BE\" in checklist.tests. Known keys: backend, frontend.")
    }

    @Test func invalidSize() {
        let error = parseError("checklist:\n  max_image_size: big\n")
        #expect(error?.line == 2)
        #expect(error?.column == 19)
        #expect(
            error?.message.english
                == "Invalid size \"big\" for checklist.max_image_size. Write a whole number of bytes or a number with "
                + "a unit (B, KB, KiB, MB, MiB, GB or GiB), such as 1 MiB.")
    }

    @Test func zeroSize() {
        let error = parseError("checklist:\n  max_font_size: 0\n")
        #expect(
            error?.message.english
                == "checklist.max_font_size must be greater than zero, but is 0. Write a positive value, or remove the "
                + "key to use the default of 1 MB.")
    }

    @Test func quotedBooleanIsRejected() {
        let error = parseError("checklist:\n  healthcheck_configured: \"true\"\n")
        #expect(error?.line == 2)
        #expect(
            error?.message.english
                == "Invalid value \"true\" for checklist.healthcheck_configured. Write true or false, without quotes.")
        #expect(
            error?.message.spanish
                == "Valor no válido \"true\" en checklist.healthcheck_configured. Escriba true o false, sin comillas.")
    }

    @Test func yesIsNotBoolean() {
        #expect(parseError("checklist:\n  healthcheck_configured: yes\n")?.line == 2)
    }

    @Test func testWithoutCommand() {
        let error = parseError("checklist:\n  tests:\n    backend: {directory: backend}\n")
        #expect(error?.line == 3)
        #expect(
            error?.message.english
                == "checklist.tests.backend has no command. Write the command that runs the tests, such as "
                + "{command: \"pytest\", directory: \"backend\"}.")
    }

    @Test func nullTestEntry() {
        #expect(parseError("checklist:\n  tests:\n    frontend:\n")?.line == 3)
    }

    @Test func blankCommand() {
        let error = parseError("checklist:\n  tests:\n    backend: {command: \"  \"}\n")
        #expect(
            error?.message.english
                == "checklist.tests.backend.command has no value. Write a value such as pytest, or remove the key to "
                + "use the default.")
    }

    @Test func directoryOutsideRepository() {
        let error = parseError("checklist:\n  tests:\n    backend: {command: pytest, directory: ../other}\n")
        #expect(
            error?.message.english
                == "Invalid path \"../other\" in checklist.tests.backend.directory. Write a path relative to the "
                + "repository root, without a leading / or .. parts, such as backend.")
    }

    @Test func absoluteBuildContext() {
        let error = parseError("checklist:\n  build_contexts:\n    Dockerfile: /srv/app\n")
        #expect(error?.line == 3)
        #expect(error?.column == 17)
    }

    @Test func unknownTestCommandKey() {
        let error = parseError("checklist:\n  tests:\n    backend: {command: pytest, dir: backend}\n")
        #expect(
            error?.message.english
                == "Unknown key \"dir\" in checklist.tests.backend. Did you mean \"directory\"? Known keys: command, "
                + "directory.")
    }
}
