import Foundation
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenRunner

/// The second half of `deploy --dry-run`: every request and command a deployment would send and run.
///
/// The executor runs as in a real deployment, with three changes. Its requests go to a
/// ``DryRunTransport``, which prints them with tokens redacted and returns what a healthy Coolify
/// would. Its commands and backup are printed instead of run, and its clock does not wait. Nothing takes the lock or writes state.
struct DeployDryRun {
    let workspace: DeployWorkspace
    let language: Language
    let environment: [String: String]
    let console: Console

    func show(_ outcome: DeployOutcome) {
        guard outcome.decision.kind == .deploy, let plan = outcome.plan, plan.deploys else {
            return
        }
        let console = self.console
        let language = self.language
        console.writeOutput("\n" + Catalog.runnerDryRunRequestsHeading()(language) + "\n")
        let write: @Sendable (String) -> Void = { console.writeOutput($0) }
        let expectations = (try? workspace.configuration(base: plan.range.base, head: plan.range.head)).map {
            Self.expectations($0, environment: plan.target.coolifyEnvironment)
        }
        let responder = DryRunResponder(head: plan.range.head.hex, expectations: expectations ?? [:])
        let transport = DryRunTransport(language: language, write: write, responder: { responder.respond(to: $0) })
        let http = HTTPClient(transport: transport, clock: InstantClock())
        let services = RunnerServices(
            http: http,
            launcher: DryRunLauncher(
                language: language, workTree: URL(fileURLWithPath: workspace.repository.workTree ?? "."), write: write),
            backups: DryRunBackupMaker(language: language, write: write),
            events: { event in
                if case .notice(let text) = event {
                    console.writeOutput(text(language) + "\n")
                }
            })
        let executor = ConfiguredExecutor(
            workspace: workspace, language: language, environment: environment, services: services, dryRun: true)
        let context = ExecutionContext(sequence: outcome.sequence, previous: nil)
        do {
            _ = try executor.run(plan, context: context) { _ in }
        } catch {
            let reason: LocalizedText
            switch error {
            case .notConfigured(let text): reason = text
            case .interrupted(_, let text): reason = text
            }
            console.writeOutput(Catalog.runnerDryRunWouldStop(reason)(language) + "\n")
        }
    }

    /// Returns the status and text each health check and smoke test expects, by URL or by path, so
    /// that the pretended responses pass them.
    static func expectations(_ configuration: Configuration, environment: Configuration.DeploymentEnvironment)
        -> [String: (status: Int, text: String?)]
    {
        var result: [String: (status: Int, text: String?)] = [:]
        for checks in (configuration.coolify?.healthChecks[environment] ?? [:]).values {
            for check in checks {
                result[check.url] = (check.expectedStatus, check.bodyContains)
            }
        }
        for suite in (configuration.coolify?.smokeTests[environment] ?? [:]).values {
            for test in suite.tests {
                switch test.target {
                case .url(let url): result[url] = (test.expectedStatus, test.expectedBody)
                case .path(let path): result[path] = (test.expectedStatus, test.expectedBody)
                }
            }
        }
        return result
    }
}
