import Foundation
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy

/// Undoes what one run changed: each deployed application goes back to its previous image, the
/// migrations the run applied are undone newest first, and the health checks run again.
///
/// Each part is reported as a step as soon as it ends. A part that fails does not stop the others,
/// because every part undone leaves less of the failed deployment in place. The rollback then
/// counts as failed.
struct Rollback {
    let context: StepContext
    let journal: RunJournal

    func run(onStep: (StepResult) -> Void) -> RollbackReport {
        var results: [StepResult] = []
        func record(_ step: PlanStep, _ detail: StepOutcomeDetail) {
            let result = StepResult(
                step: step, outcome: CoolifyExecutor.outcome(detail, language: context.settings.language))
            results.append(result)
            onStep(result)
        }

        for application in journal.deployedApplications.reversed() {
            let tag = journal.previousImageTags[application.uuid]
            record(rollbackStep(application, tag: tag), restore(application, tag: tag))
        }
        if journal.appliedMigrations > 0, let migrate = context.resolved.migrate {
            for index in (1...journal.appliedMigrations).reversed() {
                let step = PlanStep(
                    role: .database, action: .applyMigrations, component: .database, command: migrate.downCommand,
                    reason: .migrationsChanged)
                record(step, undoMigration(migrate, remaining: index))
            }
        }
        if journal.changedEnvironment, !context.resolved.healthChecks.isEmpty {
            let step = PlanStep(role: .operations, action: .healthCheck, command: nil, reason: .deploymentRuns)
            record(step, checkHealth())
        }

        let succeeded = results.allSatisfy { !Self.isFailure($0.outcome) }
        return RollbackReport(steps: results, succeeded: succeeded)
    }

    private static func isFailure(_ outcome: StepResult.Outcome) -> Bool {
        if case .failed = outcome {
            return true
        }
        return false
    }

    private func rollbackStep(_ application: DeployedApplication, tag: String?) -> PlanStep {
        let action: StepAction
        switch application.component {
        case .backend: action = .deployBackend
        case .frontend: action = .deployFrontend
        default: action = .deployComponent
        }
        let command = "POST /api/v1/applications/\(application.uuid)/rollback {\"commit\":\"\(tag ?? "")\"}"
        return PlanStep(
            role: .operations, action: action, component: application.component, command: command,
            reason: .deploymentRuns)
    }

    /// Rolls one application back to `tag` and sets its `git_commit_sha` back to what it was.
    ///
    /// The rollback goes through the webhook configured for the application, or else through
    /// Coolify's rollback API, whose deployment is polled to the end. Restoring `git_commit_sha`
    /// keeps Coolify's next deployment from building the failed commit again.
    private func restore(_ application: DeployedApplication, tag: String?) -> StepOutcomeDetail {
        guard let tag else {
            return .failed(Catalog.runnerNoPreviousImage(applications: application.uuid))
        }
        let context = self.context
        let previousCommit = journal.previousCommits[application.uuid]
        let detail: StepOutcomeDetail = AsyncWait.value {
            do throws(CoolifyError) {
                guard let client = try context.client(), let coolify = context.resolved.coolify else {
                    return .failed(Catalog.runnerMissingSettings(["coolify.url"]))
                }
                if let webhook = coolify.rollbackWebhooks[application.uuid] {
                    let hook = try RollbackWebhook(
                        source: webhook, environment: context.settings.environment, http: context.services.http)
                    try await hook.trigger(application: application.uuid, commit: tag)
                    if let previousCommit {
                        try await client.setCommit(application: application.uuid, sha: previousCommit)
                    }
                    return .succeeded
                }
                let queued = try await client.rollback(application.uuid, to: tag)
                guard let deployment = queued.deploymentUUID else {
                    return .failed(
                        Catalog.runnerDeployNotQueued(application: application.uuid, message: queued.message))
                }
                let final = try await client.waitForDeployment(
                    deployment, timeout: coolify.deployTimeout, pollInterval: coolify.pollInterval)
                guard final.status == .finished else {
                    return .failed(
                        Catalog.runnerDeploymentEnded(
                            deployment: deployment, status: final.status.rawValue, page: final.deploymentURL))
                }
                if let previousCommit {
                    try await client.setCommit(application: application.uuid, sha: previousCommit)
                }
                return .succeeded
            } catch {
                return .failed(error.message)
            }
        }
        if detail == .succeeded {
            context.report(context.lines.rolledBack(component: application.component, tag: tag))
        }
        return detail
    }

    /// Runs the down command once; `remaining` counts the migrations still to undo, this one included.
    private func undoMigration(_ migrate: Configuration.Database.Verify, remaining: Int) -> StepOutcomeDetail {
        let outcome: CommandOutcome
        do {
            outcome = try context.services.launcher.run(
                migrate.downCommand, in: context.settings.folder(migrate.workingDirectory),
                database: context.resolved.database,
                urlVariable: context.settings.configuration.database.urlVariable)
        } catch {
            return .failed(Catalog.runnerCommandNotStarted(command: error.command, reason: error.reason))
        }
        guard outcome.succeeded else {
            return .failed(
                Catalog.runnerMigrationFailed(
                    command: migrate.downCommand, status: outcome.status, output: outcome.tail()))
        }
        if remaining == 1 {
            context.report(context.lines.undidMigrations(count: journal.appliedMigrations))
        }
        return .succeeded
    }

    private func checkHealth() -> StepOutcomeDetail {
        let checker = HealthChecker(
            http: context.services.http, settings: context.resolved.coolify?.health ?? Configuration.HealthSettings())
        let checks = context.resolved.healthChecks
        let report = AsyncWait.value { await checker.run(checks) }
        guard report.passed else {
            return .failed(HealthStep.joined(report.failureLines))
        }
        context.report(context.lines.healthPassing(checks: checks.count, afterRollback: true))
        return .succeeded
    }
}
