import VixenCore

/// The pending changes of a range, the plan that would deploy them with the gate's verdict, and
/// the cost rules that apply.
public struct RangeReview: Sendable, Equatable {
    public let pending: PendingChanges
    /// The plan over the same range; its ``DeployPlan/blockingRules`` are the gate's verdict.
    public let plan: DeployPlan
    /// The cost rules as the configuration at the range's base sets them, so a change cannot
    /// loosen the rules that judge its own deployment.
    public let policy: CostPolicy

    public init(pending: PendingChanges, plan: DeployPlan, policy: CostPolicy) {
        self.pending = pending
        self.plan = plan
        self.policy = policy
    }
}

/// Reads a range and runs the gate over it, so the runner judges the range as `check` would, and
/// reads the cost rules from the configuration at the range's base.
public protocol RangeReviewer {
    /// Reviews the commits from `base`, which the environment runs, to `head`.
    ///
    /// - Parameter headRevision: What `head` was resolved from, such as `HEAD` or
    ///   `refs/vixen-gate/deployed/staging`, for the plan to show.
    func review(target: DeployTarget, base: ObjectID, head: ObjectID, headRevision: String)
        throws(DeployRunError) -> RangeReview
}
