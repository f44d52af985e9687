import VixenChecks
import VixenConfig
import VixenCore
import VixenDeploy
import VixenReport

/// The tests part of `vixen-gate plan`: which test commands the range needs, and with
/// `--run-tests` their results.
///
/// The commands run through ``ComponentTestsStep``, as `check --run-tests` runs them, so the
/// plan and the check select, run and judge the tests alike: the output streams to standard error,
/// and a failed command adds a `checklist.tests` error that blocks the plan.
struct PlanTestsStep {
    let configuration: Configuration
    /// The work tree's root, or nil for a bare repository.
    let workTree: String?
    let environment: [String: String]
    let console: Console
    let language: Language

    /// Returns `report` with the test findings added when `runTests` is true, and what the plan
    /// shows of each component's tests.
    ///
    /// - Throws: ``RunFailure`` when a command cannot start, or when tests are needed in a
    ///   repository without a work tree.
    func apply(to report: Report, runTests: Bool) throws(RunFailure) -> (report: Report, tests: PlanTestInput) {
        let changed = report.files.map { (path: $0.path, component: $0.component) }
        let selection = TestSelection(changed: changed, configuration: configuration.checklist)
        let commands = configuration.checklist.tests.map { command in
            PlanTestInput.Command(component: command.component, command: command.command, directory: command.directory)
        }
        guard runTests else {
            let tests = PlanTestInput(commands: commands, needed: Set(selection.commands.map(\.component)), runs: nil)
            return (report, tests)
        }

        let step = ComponentTestsStep(
            configuration: configuration, workTree: workTree, environment: environment, console: console,
            language: language)
        let tested = try step.run(after: report)
        let tests = PlanTestInput(
            commands: commands, needed: Set(selection.commands.map(\.component)), runs: tested.testRuns ?? [])
        return (tested, tests)
    }

    /// Returns true when `checklist.tests` judged the range: a command ran and the configuration
    /// leaves the rule on.
    func testsRuleRan(_ tests: PlanTestInput) -> Bool {
        let rule = ComponentTestsRule()
        guard let runs = tests.runs, !runs.isEmpty else {
            return false
        }
        return configuration.severity(of: rule.id, default: rule.defaultSeverity) != nil
    }
}
