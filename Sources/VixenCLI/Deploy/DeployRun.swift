import Foundation
import VixenCore
import VixenDeploy

/// One `vixen-gate deploy`: the runner's decision, printed with its reason first.
struct DeployRun {
    let options: DeployOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console
    let clock: @Sendable () -> Date
    let executor: any DeployExecutor
    let healthProbe: any HealthProbe

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
        case .text: console.writeOutput(DeployTextRenderer().render(outcome, language: language))
        case .json: console.writeOutput(DeployJSONRenderer().render(outcome, language: language))
        }
        return outcome.exitStatus
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
            text = stepLine(result, rollback: false)
        case .rollbackStep(let result):
            text = stepLine(result, rollback: true)
        case .rollbackFailed(let reason):
            text = Catalog.deployRollbackFailed(reason)
        }
        console.writeError(text(language) + "\n")
    }

    private func stepLine(_ result: StepResult, rollback: Bool) -> LocalizedText {
        let step = result.step.action.rawValue + (result.step.component.map { " (\($0.name))" } ?? "")
        let failure: String?
        switch result.outcome {
        case .failed(let detail): failure = DisplayText.escaped(detail)
        case .succeeded, .skipped: failure = nil
        }
        return Catalog.deployStepLine(
            role: result.step.role.rawValue, step: step, failure: failure, skipped: result.outcome == .skipped,
            rollback: rollback)
    }
}
