import Foundation
import VixenConfig
import VixenCore
import VixenDeploy

/// The team's report lines of one deployment, such as `[QA-042] Smoke tests post-deployment: 10/10
/// passing`: a role, the deployment's sequence number, and what the step achieved.
struct ReportLines: Sendable {
    let plan: DeployPlan
    let sequence: Int

    private var number: String { DecisionText.sequenceText(sequence) }
    private var version: String { plan.version.version.description }
    private var environment: LocalizedText { Catalog.planEnvironment(plan.target.stateTarget.rawValue) }
    private var components: String { plan.components.map(\.name).joined(separator: ", ") }

    func testsPassed(role: DeployRole, components: [Component]) -> LocalizedText {
        Catalog.runnerReportTestsPassed(
            role: role.rawValue, number: number, components: components.map(\.name).joined(separator: ", "))
    }

    func backedUp(_ summary: BackupSummary) -> LocalizedText {
        Catalog.runnerReportBackup(
            number: number, environment: environment, file: summary.file?.path, bytes: summary.byteCount,
            removed: summary.removed.count)
    }

    func migrated(count: Int) -> LocalizedText {
        Catalog.runnerReportMigrations(number: number, count: count, environment: environment)
    }

    func deployed() -> LocalizedText {
        Catalog.deployReportRecorded(
            number: number, version: version, environment: environment, components: components, result: "succeeded")
    }

    func healthPassing(checks: Int, afterRollback: Bool) -> LocalizedText {
        Catalog.runnerReportHealth(
            number: number, environment: environment, checks: checks, afterRollback: afterRollback)
    }

    func watched(_ window: Duration) -> LocalizedText {
        Catalog.runnerReportWatched(number: number, environment: environment, window: DurationParser.text(window))
    }

    func smokeTests(_ summary: LocalizedText) -> LocalizedText {
        Catalog.runnerReportSmokeTests(number: number, summary: summary)
    }

    func completed() -> LocalizedText {
        Catalog.runnerReportCompleted(
            number: number, version: version, environment: environment,
            production: plan.target.stateTarget == .production)
    }

    func rolledBack(component: Component, tag: String) -> LocalizedText {
        Catalog.runnerReportRolledBack(
            number: number, component: component.name, image: tag, environment: environment)
    }

    func undidMigrations(count: Int) -> LocalizedText {
        Catalog.runnerReportUndidMigrations(number: number, count: count, environment: environment)
    }
}
