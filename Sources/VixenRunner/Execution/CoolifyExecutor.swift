import VixenCoolify
import VixenCore
import VixenDeploy

/// Carries out a plan through Coolify: tests, the database backup, migrations, the deployments,
/// health checks, the watch window and smoke tests, and rolls back what it changed when a step fails.
///
/// Settings that the running steps need are resolved first; a missing one stops the run before any
/// step with ``ExecutionError/notConfigured(_:)`` naming every missing key. Steps then run in the
/// plan's order and each result goes to `onStep` as soon as it is known. The first failed step ends
/// the run. Deployments and smoke tests run for all their components at the first step of their
/// kind, so Coolify builds the applications together.
///
/// The executor remembers what the last ``run(_:context:onStep:)`` changed (deployed applications,
/// their previous images and the migrations applied), which ``rollBack(_:after:context:onStep:)``
/// undoes. Use one executor per deployment.
public final class CoolifyExecutor: DeployExecutor {
    public let settings: RunnerSettings
    public let services: RunnerServices
    /// True in a dry run, where a missing token or database URL does not stop the run.
    public let dryRun: Bool
    private var journal = RunJournal()
    private var resolved: ResolvedSettings?

    public init(settings: RunnerSettings, services: RunnerServices, dryRun: Bool = false) {
        self.settings = settings
        self.services = services
        self.dryRun = dryRun
    }

    public func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void)
        throws(ExecutionError) -> ExecutionReport
    {
        let resolved = try resolve(plan)
        self.resolved = resolved
        journal = RunJournal()
        let stepContext = StepContext(
            plan: plan, execution: context, settings: settings, resolved: resolved, services: services)

        var results: [StepResult] = []
        for step in plan.steps {
            let detail = step.skipped ? .skipped : perform(step, context: stepContext)
            let result = StepResult(step: step, outcome: Self.outcome(detail, language: settings.language))
            results.append(result)
            onStep(result)
            if case .failed = result.outcome {
                break
            }
        }
        return ExecutionReport(
            steps: results, coolifyDeployments: journal.deploymentUUIDs, previousImageTags: journal.previousImageTags)
    }

    public func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        let resolved: ResolvedSettings
        if let known = self.resolved {
            resolved = known
        } else {
            resolved = try resolve(plan)
        }
        let stepContext = StepContext(
            plan: plan, execution: context, settings: settings, resolved: resolved, services: services)
        return Rollback(context: stepContext, journal: journal).run(onStep: onStep)
    }

    // MARK: Steps

    private func perform(_ step: PlanStep, context: StepContext) -> StepOutcomeDetail {
        switch step.action {
        case .runBackendTests, .runFrontendTests, .runComponentTests, .runRegressionSuite, .verifyFix:
            return TestStep(context: context).perform(step)
        case .confirmCriticalSeverity, .soakCheck, .windowCheck:
            // The cost rules checked these before deciding to deploy.
            return .succeeded
        case .prepareRollback:
            return prepareRollback(context)
        case .backupDatabase:
            return BackupStep(context: context).perform(step)
        case .applyMigrations:
            return MigrationStep(context: context).perform(step, journal: &journal)
        case .deployBackend, .deployFrontend, .deployComponent:
            return deploy(step, context: context)
        case .healthCheck:
            return HealthStep(context: context).check(step)
        case .watchWindow, .watchMetrics:
            return HealthStep(context: context).watch()
        case .smokeTestBackend, .smokeTestFrontend, .smokeTestComponent:
            return smokeTest(step, context: context)
        case .report:
            context.report(context.lines.completed())
            return .succeeded
        }
    }

    /// Deploys every application at the first deploy step, then returns each step's own outcome.
    private func deploy(_ step: PlanStep, context: StepContext) -> StepOutcomeDetail {
        guard let component = step.component else {
            return .skipped
        }
        if journal.deployOutcomes[component] == nil {
            let steps = context.plan.steps.filter { !$0.skipped && $0.action.isDeploy }
            CoolifyRollout(context: context).perform(steps, journal: &journal)
        }
        return journal.deployOutcomes[component] ?? .skipped
    }

    private func smokeTest(_ step: PlanStep, context: StepContext) -> StepOutcomeDetail {
        guard let component = step.component else {
            return .skipped
        }
        if journal.smokeOutcomes[component] == nil {
            let steps = context.plan.steps.filter { !$0.skipped && $0.action.isSmokeTest }
            SmokeTestStep(context: context).perform(steps, journal: &journal)
        }
        return journal.smokeOutcomes[component] ?? .skipped
    }

    /// Records the image each application runs now, so that a hotfix's rollback is ready before it deploys.
    private func prepareRollback(_ context: StepContext) -> StepOutcomeDetail {
        let deployed = context.plan.steps.filter { !$0.skipped && $0.action.isDeploy }.compactMap(\.component)
        let start = journal
        let outcome: Result<RunJournal, CoolifyError> = AsyncWait.value {
            do throws(CoolifyError) {
                guard let client = try context.client() else {
                    return .success(start)
                }
                var journal = start
                for component in deployed {
                    guard let uuid = context.resolved.application(component) else {
                        continue
                    }
                    try await PreviousImage.record(
                        uuid, component: component, client: client, context: context, in: &journal)
                }
                return .success(journal)
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let updated):
            journal = updated
            let missing = deployed.compactMap { context.resolved.application($0) }.filter {
                journal.previousImageTags[$0] == nil
            }
            guard missing.isEmpty else {
                return .failed(Catalog.runnerNoPreviousImage(applications: missing.joined(separator: ", ")))
            }
            return .succeeded
        case .failure(let error):
            return .failed(error.message)
        }
    }

    // MARK: Settings

    private func resolve(_ plan: DeployPlan) throws(ExecutionError) -> ResolvedSettings {
        switch SettingsResolver(plan: plan, settings: settings, dryRun: dryRun).resolve() {
        case .resolved(let resolved):
            return resolved
        case .missing(let keys):
            throw .notConfigured(Catalog.runnerMissingSettings(keys, readAt: plan.range.base.short))
        case .invalid(let message):
            throw .notConfigured(message)
        }
    }

    static func outcome(_ detail: StepOutcomeDetail, language: Language) -> StepResult.Outcome {
        switch detail {
        case .succeeded: .succeeded
        case .skipped: .skipped
        case .failed(let text): .failed(text(language))
        }
    }
}
