import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy

/// Runs the environment's health checks after a deployment, and watches them for the window.
///
/// The health check step waits for every check to pass with the configured retries and successes in
/// a row. A production plan watches in a step of its own. A staging plan has no such step, so its
/// health check step also watches, for staging's shorter window.
struct HealthStep {
    let context: StepContext

    func check(_ step: PlanStep) -> StepOutcomeDetail {
        let checker = checker()
        let checks = context.resolved.healthChecks
        let report = AsyncWait.value { await checker.run(checks) }
        guard report.passed else {
            return .failed(Self.joined(report.failureLines))
        }
        context.report(context.lines.healthPassing(checks: checks.count, afterRollback: false))
        let watchedElsewhere = context.plan.steps.contains {
            !$0.skipped && $0.action != .healthCheck
                && StepAction.healthActions.contains($0.action)
        }
        return watchedElsewhere ? .succeeded : watch()
    }

    /// Watches every check for the environment's window; the first failed request fails the step.
    func watch() -> StepOutcomeDetail {
        let checker = checker()
        let checks = context.resolved.healthChecks
        let window = watchWindow
        let result = AsyncWait.value { await checker.watch(checks, for: window) }
        if let failure = result.failureLine {
            return .failed(failure)
        }
        context.report(context.lines.watched(window))
        return .succeeded
    }

    private var watchWindow: Duration {
        let health = context.resolved.coolify?.health ?? Configuration.HealthSettings()
        return health.watchWindow(context.resolved.environment)
    }

    private func checker() -> HealthChecker {
        HealthChecker(
            http: context.services.http, settings: context.resolved.coolify?.health ?? Configuration.HealthSettings())
    }

    static func joined(_ lines: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            en: lines.map(\.english).joined(separator: "; "), es: lines.map(\.spanish).joined(separator: "; "))
    }
}
