import VixenCore

/// The result of one step of a plan.
public struct StepResult: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case succeeded
        /// The step failed, with a detail in the executor's own words.
        case failed(String)
        /// The plan skips the step, or the executor had nothing to do for it.
        case skipped
    }

    public let step: PlanStep
    public let outcome: Outcome

    public init(step: PlanStep, outcome: Outcome) {
        self.step = step
        self.outcome = outcome
    }
}

/// The facts an executor gets besides the plan.
public struct ExecutionContext: Sendable, Equatable {
    /// The deployment's sequence number.
    public let sequence: Int
    /// The record of what the environment runs now, whose image tags a rollback goes back to.
    public let previous: DeploymentRecord?

    public init(sequence: Int, previous: DeploymentRecord?) {
        self.sequence = sequence
        self.previous = previous
    }
}

/// The result of running a plan's steps.
public struct ExecutionReport: Sendable, Equatable {
    public var steps: [StepResult]
    /// The ids of the Coolify deployments the run started.
    public var coolifyDeployments: [String]
    /// The image tag each Coolify application ran before, by application UUID.
    public var previousImageTags: [String: String]

    public init(steps: [StepResult], coolifyDeployments: [String] = [], previousImageTags: [String: String] = [:]) {
        self.steps = steps
        self.coolifyDeployments = coolifyDeployments
        self.previousImageTags = previousImageTags
    }

    /// True when a step failed, which calls for a rollback.
    public var failed: Bool {
        steps.contains { result in
            if case .failed = result.outcome {
                return true
            }
            return false
        }
    }
}

/// The result of a rollback.
public struct RollbackReport: Sendable, Equatable {
    public var steps: [StepResult]
    /// True when the environment runs what it ran before the deployment again.
    public var succeeded: Bool

    public init(steps: [StepResult], succeeded: Bool) {
        self.steps = steps
        self.succeeded = succeeded
    }
}

/// A failure that stopped an executor before it could return a report.
public enum ExecutionError: Error, Equatable, Sendable {
    /// The executor cannot run at all, so nothing was started. The reason names what to configure.
    case notConfigured(LocalizedText)
    /// The executor stopped midway, after `completedSteps` steps, and cannot tell what the
    /// environment runs. The runner then keeps the lock and leaves the state as it was.
    case interrupted(completedSteps: Int, reason: LocalizedText)
}

/// Carries out a plan's steps: backups, migrations, Coolify deployments, health checks, smoke
/// tests, and the rollback when a step fails.
///
/// The runner decides whether to deploy and records the result; an executor only runs steps.
/// Each step's result goes to `onStep` as soon as it is known, so people can follow the run.
public protocol DeployExecutor {
    /// Runs the steps of `plan` in order, stopping at the first that fails.
    ///
    /// A failed step is reported in the returned report, not thrown, so the runner can roll back.
    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport

    /// Brings the environment back to ``ExecutionContext/previous`` after `report` ended with a
    /// failed step.
    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport
}
