/// The request that `vixen-gate deploy` makes of the runner.
public struct DeployRequest: Sendable {
    public var target: DeployTarget
    /// Decide and show the steps, but take no lock, write no state and run nothing.
    public var dryRun: Bool
    /// `--now`: skip batching, though not the staging soak or the deployment window.
    public var skipsBatching: Bool
    /// `--severity critical`.
    public var criticalOption: Bool
    /// The branches the change comes from, such as HEAD's branch and the CI's branch variables,
    /// where a `hotfix/` prefix marks critical severity.
    public var branches: [String]
    /// The owner that takes the lock, with the time it takes it.
    public var owner: LockOwner

    public init(
        target: DeployTarget, dryRun: Bool, skipsBatching: Bool, criticalOption: Bool, branches: [String],
        owner: LockOwner
    ) {
        self.target = target
        self.dryRun = dryRun
        self.skipsBatching = skipsBatching
        self.criticalOption = criticalOption
        self.branches = branches
        self.owner = owner
    }
}
