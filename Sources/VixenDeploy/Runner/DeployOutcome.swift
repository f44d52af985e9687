import VixenCore

/// The decision of one run of the deploy runner, and what the run did about it.
public struct DeployOutcome: Sendable, Equatable {
    public let target: DeployTarget
    public let decision: DeployDecision
    /// The commit the environment ran when the run started, or nil when none is recorded.
    public let deployedCommit: ObjectID?
    public let pending: PendingChanges?
    public let plan: DeployPlan?
    /// The sequence number the deployment got, or would get.
    public let sequence: Int
    public let dryRun: Bool
    public let execution: ExecutionReport?
    public let rollback: RollbackReport?
    /// The deployment this run recorded, successful or not.
    public let record: DeploymentRecord?
    /// The deferral this run recorded.
    public let deferral: DeferralRecord?

    public init(
        target: DeployTarget, decision: DeployDecision, deployedCommit: ObjectID?, pending: PendingChanges?,
        plan: DeployPlan?, sequence: Int, dryRun: Bool, execution: ExecutionReport? = nil,
        rollback: RollbackReport? = nil, record: DeploymentRecord? = nil, deferral: DeferralRecord? = nil
    ) {
        self.target = target
        self.decision = decision
        self.deployedCommit = deployedCommit
        self.pending = pending
        self.plan = plan
        self.sequence = sequence
        self.dryRun = dryRun
        self.execution = execution
        self.rollback = rollback
        self.record = record
        self.deferral = deferral
    }

    /// The process exit status: 0 for a deployment that succeeded, a deferral, a refusal and a
    /// dry run; 1 for a deployment that failed or was rolled back.
    public var exitStatus: Int32 {
        guard let record else {
            return 0
        }
        return record.result == .succeeded ? 0 : 1
    }
}
