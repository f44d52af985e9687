import Foundation
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenRunner

/// One `vixen-gate deploy`: the runner's decision, printed with its reason first.
struct DeployRun {
    let options: DeployOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console
    let clock: @Sendable () -> Date
    /// Sends the requests to Coolify, the health checks, smoke tests and webhooks.
    let transport: any HTTPTransport

    /// Returns 0 after a deployment, a deferral, a refusal or a dry run, and 1 when the deployment
    /// failed.
    ///
    /// A run that could not decide or deploy throws, which exits with 2.
    func execute() throws(RunFailure) -> Int32 {
        guard let target = options.target else {
            throw .message(
                Catalog.deployMissingTarget(command: "deploy", accepted: DeployTarget.allCases.map(\.rawValue)))
        }
        let workspace = try DeployWorkspace.open(
            repo: options.repo, environment: environment, currentDirectory: currentDirectory, clock: clock)
        let progress = DeployProgress(language: language, console: console)
        let http = HTTPClient(transport: transport, onRetry: { progress.retry($0) })
        let services = RunnerServices(
            http: http, launcher: ProcessLauncher(environment: environment),
            backups: PostgresBackupMaker(
                toolsFolder: workspace.bootstrapConfiguration.database.pgBin, environment: environment),
            events: { progress.handle($0) })
        let executor = ConfiguredExecutor(
            workspace: workspace, language: language, environment: environment, services: services, dryRun: false)
        let healthProbe = CoolifyHealthProbe(
            configuration: workspace.bootstrapConfiguration.coolify, http: http, language: language)
        let runner = DeployRunner(
            store: workspace.store, reviewer: GateReviewer(workspace: workspace), executor: executor,
            healthProbe: healthProbe, lockTimeToLive: workspace.bootstrapPolicy.lockTimeToLive, clock: clock)
        let request = DeployRequest(
            target: target, dryRun: options.dryRun, skipsBatching: options.now,
            criticalOption: options.severity == .critical,
            branches: BranchNames.current(workspace.repository, environment: environment),
            owner: LockOwner.current(command: "deploy", environment: environment, time: clock()))

        let outcome: DeployOutcome
        do {
            outcome = try runner.run(request) { event in report(event) }
        } catch {
            throw .message(error.message)
        }
        switch options.format {
        case .text:
            console.writeOutput(DeployTextRenderer().render(outcome, language: language))
            if outcome.dryRun {
                DeployDryRun(workspace: workspace, language: language, environment: environment, console: console)
                    .show(outcome)
            }
        case .json:
            console.writeOutput(DeployJSONRenderer().render(outcome, language: language))
        }
        notify(outcome, progress: progress, http: http, configuration: workspace)
        return outcome.exitStatus
    }

    /// Posts the run's report lines to `coolify.notify` after a deployment, a rollback or a deferral.
    private func notify(
        _ outcome: DeployOutcome, progress: DeployProgress, http: HTTPClient, configuration workspace: DeployWorkspace
    ) {
        guard !outcome.dryRun, outcome.record != nil || outcome.deferral != nil,
            let notification = workspace.bootstrapConfiguration.coolify?.notification
        else {
            return
        }
        var lines = progress.reportLines
        if let line = DecisionText(outcome: outcome).reportLine {
            lines.append(line(language))
        }
        let notifier = ReportNotifier(configuration: notification, environment: environment, http: http)
        if let warning = notifier.post(lines) {
            console.writeError(warning(language) + "\n")
        }
    }

    /// Prints the runner's notices on standard error, so standard output keeps only the decision.
    private func report(_ event: RunnerEvent) {
        let text: LocalizedText
        switch event {
        case .localStateOnly(let remote):
            text = Catalog.deployLocalStateOnly(remote: remote)
        case .staleLockReplaced(let lock, let age):
            text = Catalog.deployStaleLockReplaced(
                reference: lock.reference, owner: lock.owner.summary, command: DisplayText.escaped(lock.owner.command),
                age: DurationText.text(age))
        case .lockKept(let reference, let reason):
            text = Catalog.deployLockKept(reference: reference, reason: reason)
        case .step(let result):
            text = Self.stepLine(result, rollback: false)
        case .rollbackStep(let result):
            text = Self.stepLine(result, rollback: true)
        case .rollbackFailed(let reason):
            text = Catalog.deployRollbackFailed(reason)
        }
        console.writeError(text(language) + "\n")
    }

    static func stepLine(_ result: StepResult, rollback: Bool) -> LocalizedText {
        let failure: String?
        switch result.outcome {
        case .failed(let detail): failure = DisplayText.escaped(detail)
        case .succeeded, .skipped: failure = nil
        }
        return Catalog.deployStepLine(
            role: result.step.role.rawValue, step: stepName(result.step), failure: failure,
            skipped: result.outcome == .skipped, rollback: rollback)
    }

    /// Returns a step's action id with its component in brackets, such as `deploy-backend (BE)`.
    static func stepName(_ step: PlanStep) -> String {
        step.action.rawValue + (step.component.map { " (\($0.name))" } ?? "")
    }
}
