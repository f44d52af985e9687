import VixenConfig
import VixenCore
import VixenDeploy

/// Runs the configured test commands of components: a component's tests, the regression suite of
/// every application, and a hotfix's verification.
///
/// A component without a command in `checklist.tests` is left out with a notice that names the key,
/// and a step none of whose components has one is skipped. A failing command fails the step, which
/// stops the run before anything touches an environment.
struct TestStep {
    let context: StepContext

    func perform(_ step: PlanStep) -> StepOutcomeDetail {
        let components = Self.components(of: step, plan: context.plan)
        var ran: [Component] = []
        for component in components {
            guard let test = context.settings.configuration.checklist.testCommand(for: component) else {
                context.notice(Catalog.runnerNoTestCommand(component: component.name, key: Self.key(component)))
                continue
            }
            let outcome: CommandOutcome
            do {
                outcome = try context.services.launcher.run(
                    test.command, in: context.settings.folder(test.directory), database: nil, urlVariable: "")
            } catch {
                return .failed(Catalog.runnerCommandNotStarted(command: error.command, reason: error.reason))
            }
            guard outcome.succeeded else {
                return .failed(
                    Catalog.runnerTestsFailed(
                        component: component.name, command: test.command, status: outcome.status,
                        output: outcome.tail()))
            }
            ran.append(component)
        }
        guard !ran.isEmpty else {
            return .skipped
        }
        context.report(context.lines.testsPassed(role: step.role, components: ran))
        return .succeeded
    }

    /// Returns the components whose tests `step` runs: its own, every application for the regression
    /// suite, and the changed applications for a hotfix's verification.
    static func components(of step: PlanStep, plan: DeployPlan) -> [Component] {
        if let component = step.component {
            return [component]
        }
        let applications = plan.components.filter { $0 != .database && $0 != .operations }
        if step.action == .runRegressionSuite {
            return Array(Set([.backend, .frontend] + applications)).sorted()
        }
        return applications
    }

    /// Returns the key of `component` in `checklist.tests`, such as `checklist.tests.backend`.
    static func key(_ component: Component) -> String {
        let name = Configuration.TestCommand(component: component, command: "").key
        return "checklist.tests.\(name)"
    }
}
