import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy

/// Runs the critical smoke tests of every component the plan smoke-tests, once, at the first smoke
/// test step, and reports them as `N/M passing`.
///
/// A component without configured tests has nothing to run; its step is skipped with a notice that
/// names the key.
struct SmokeTestStep {
    let context: StepContext

    func perform(_ steps: [PlanStep], journal: inout RunJournal) {
        let environment = context.resolved.environment
        let suites = context.resolved.coolify?.smokeTests[environment] ?? [:]
        var tested: Set<Component> = []
        for component in steps.compactMap(\.component) {
            guard let suite = suites[component], suite.tests.contains(where: \.critical) else {
                journal.smokeOutcomes[component] = .skipped
                context.notice(
                    Catalog.runnerNoSmokeTests(
                        component: component.name, key: "coolify.smoke_tests.\(environment.rawValue).\(component.name)")
                )
                continue
            }
            tested.insert(component)
        }
        guard !tested.isEmpty else {
            return
        }
        let runner = SmokeTestRunner(http: context.services.http, environment: context.settings.environment)
        let domains = journal.domains
        let components = tested
        let report = AsyncWait.value { await runner.run(suites: suites, changed: components, baseURLs: domains) }
        context.report(context.lines.smokeTests(report.summary))
        for component in tested {
            let failures = report.results.filter { $0.component == component && !$0.passed }
            let lines = SmokeTestReport(results: failures).failureLines
            journal.smokeOutcomes[component] = lines.isEmpty ? .succeeded : .failed(HealthStep.joined(lines))
        }
    }
}
