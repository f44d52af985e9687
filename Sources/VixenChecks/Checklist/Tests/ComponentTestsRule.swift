import VixenConfig
import VixenCore

/// `checklist.tests` (error): a changed component's test command failed under `--run-tests`.
///
/// Also, at info, a changed BE or FE component with no command under `checklist.tests`, so the
/// report shows why its tests did not run. Without `--run-tests` the rule reports nothing: the
/// commands run only when asked, because they can take minutes.
public struct ComponentTestsRule: ChecklistRule {
    public let id = RuleID(.checklist, "tests")
    public let defaultSeverity = Severity.error
    public var shortDescription: LocalizedText { Catalog.ruleTestsShort() }
    public var fullDescription: LocalizedText { Catalog.ruleTestsFull() }
    public var help: LocalizedText { Catalog.ruleTestsHelp() }

    /// The command the message suggests for a component without one.
    static let exampleCommands: [Component: String] = [.backend: "pytest", .frontend: "npm test"]

    public init() {}

    public func findings(in input: ChecklistInput) throws -> [Finding] {
        guard let runs = input.testRuns else {
            return []
        }
        let context = input.context
        let changed = context.changes.changedFiles.map { ($0.path, context.components.component(for: $0.path)) }
        return findings(changed: changed, configuration: context.configuration.checklist, runs: runs)
    }

    /// Returns the findings for test runs that already happened: an error per failed run, and
    /// info per changed component without a command.
    public func findings(
        changed: [(path: String, component: Component?)], configuration: Configuration.Checklist,
        runs: [ComponentTestRun]
    ) -> [Finding] {
        var findings: [Finding] = []
        for run in runs where !run.passed {
            findings.append(
                Finding(
                    rule: id, severity: defaultSeverity,
                    message: Catalog.checklistTestsFailed(
                        component: run.component.name, command: run.command, status: run.exitStatus)))
        }
        for component in TestSelection(changed: changed, configuration: configuration).unconfigured {
            let key = Configuration.TestCommand.componentKeys.first { $0.component == component }?.key ?? component.name
            findings.append(
                Finding(
                    rule: id, severity: .info,
                    message: Catalog.checklistTestsNotConfigured(
                        component: component.name, key: key, example: Self.exampleCommands[component] ?? "make test")))
        }
        return findings
    }

    public var examples: RuleExamples {
        let configured = "checklist:\n  tests:\n    backend: {command: pytest, directory: backend}\n"
        let failed = ComponentTestRun(
            component: .backend, command: "pytest", directory: "backend", exitStatus: 3, milliseconds: 1200)
        let passed = ComponentTestRun(
            component: .backend, command: "pytest", directory: "backend", exitStatus: 0, milliseconds: 900)
        return RuleExamples(
            triggering: [
                RuleExample(
                    "failed test command", changed: [.added("backend/app/main.py", "x = 1\n")],
                    unchanged: RuleExample.appLayout, configuration: configured, testRuns: [failed],
                    expected: [.init(nil)]),
                RuleExample(
                    "changed frontend without a command", changed: [.added("frontend/src/app.js", "run()\n")],
                    unchanged: RuleExample.appLayout, configuration: configured, testRuns: [],
                    expected: [.init(nil)]),
            ],
            nonTriggering: [
                RuleExample(
                    "passing test command", changed: [.added("backend/app/main.py", "x = 1\n")],
                    unchanged: RuleExample.appLayout, configuration: configured, testRuns: [passed]),
                RuleExample(
                    "tests not requested", changed: [.added("frontend/src/app.js", "run()\n")],
                    unchanged: RuleExample.appLayout),
                RuleExample(
                    "only documentation changed", changed: [.added("docs/guide.md", "# Guide\n")],
                    unchanged: RuleExample.appLayout, testRuns: []),
            ])
    }
}
