import Testing
import VixenChecks
import VixenConfig
import VixenCore

@Suite struct TestSelectionTests {
    let configuration = Configuration.Checklist(tests: [
        Configuration.TestCommand(component: .backend, command: "pytest", directory: "backend"),
        Configuration.TestCommand(component: .frontend, command: "npm test", directory: "frontend"),
    ])

    @Test func changedComponentRuns() {
        let selection = TestSelection(changed: [("backend/app/main.py", .backend)], configuration: configuration)
        #expect(selection.commands.map(\.component) == [.backend])
        #expect(selection.unconfigured.isEmpty)
    }

    @Test func testFileUnderFolderRunsThatCommand() {
        let selection = TestSelection(changed: [("frontend/src/App.test.tsx", .tests)], configuration: configuration)
        #expect(selection.commands.map(\.command) == ["npm test"])
    }

    @Test func testFileElsewhereRunsNothing() {
        let selection = TestSelection(changed: [("e2e/login.spec.ts", .tests)], configuration: configuration)
        #expect(selection.commands.isEmpty)
    }

    @Test func folderPrefixMustEndAtSlash() {
        let selection = TestSelection(changed: [("backend2/tests/test_x.py", .tests)], configuration: configuration)
        #expect(selection.commands.isEmpty)
    }

    @Test func docsOnlyRunsNothing() {
        let selection = TestSelection(
            changed: [("docs/guide.md", .docs), ("README.md", .docs), ("backend/Dockerfile", .operations)],
            configuration: configuration)
        #expect(selection.commands.isEmpty)
        #expect(selection.unconfigured.isEmpty)
    }

    @Test func configurationOrderIsKept() {
        let selection = TestSelection(
            changed: [("frontend/src/a.js", .frontend), ("backend/a.py", .backend)], configuration: configuration)
        #expect(selection.commands.map(\.component) == [.backend, .frontend])
    }

    @Test func changedComponentsWithoutCommand() {
        let selection = TestSelection(
            changed: [("frontend/src/a.js", .frontend), ("backend/a.py", .backend), ("db/1.sql", .database)],
            configuration: Configuration.Checklist())
        #expect(selection.commands.isEmpty)
        #expect(selection.unconfigured == [.backend, .frontend])
    }

    @Test func rootFolderCommandIgnoresTestFiles() {
        let configuration = Configuration.Checklist(tests: [
            Configuration.TestCommand(component: .backend, command: "pytest")
        ])
        let selection = TestSelection(changed: [("tests/test_api.py", .tests)], configuration: configuration)
        #expect(selection.commands.isEmpty)
    }

    @Test func ruleReportsFailureAndMissingCommand() {
        let run = ComponentTestRun(
            component: .backend, command: "pytest", directory: "backend", exitStatus: 3, milliseconds: 10)
        let findings = ComponentTestsRule().findings(
            changed: [("backend/a.py", .backend), ("frontend/a.js", .frontend)],
            configuration: Configuration.Checklist(tests: [
                Configuration.TestCommand(component: .backend, command: "pytest", directory: "backend")
            ]),
            runs: [run])
        #expect(findings.map(\.severity) == [.error, .info])
        #expect(findings.map(\.rule.description) == ["checklist.tests", "checklist.tests"])
        #expect(
            findings.first?.message.english
                == "The BE tests failed: `pytest` exited with status 3. Fix the failing tests (their output is "
                + "above, on standard error), then check again.")
        #expect(
            findings.last?.message.english
                == "FE changed, but no test command is configured for it, so its tests did not run. Add "
                + "checklist.tests.frontend to .vixen-gate.yml, such as frontend: {command: \"npm test\", "
                + "directory: \"frontend\"}.")
    }
}
