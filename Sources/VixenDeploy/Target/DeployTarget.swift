/// The kind of a deployment: the environment it goes to, and which of the team's three workflows it follows.
public enum DeployTarget: String, CaseIterable, Sendable, Codable {
    /// New features, deployed to the staging environment.
    case staging
    /// A release that has run on staging, deployed to production.
    case production
    /// A fix for a critical bug, deployed straight to production under hotfix rules: no 24-hour soak
    /// on staging and no deployment window, but a rollback plan ready before the deployment.
    case hotfix

    /// The prefix of the references that record what each environment runs.
    public static let deployedReferencePrefix = "refs/vixen-gate/deployed/"

    /// The environment whose deploy state this deployment starts from and then moves.
    ///
    /// A hotfix lands on production, so its state is production's.
    public var stateTarget: DeployTarget {
        self == .hotfix ? .production : self
    }

    /// The reference that records the commit running on ``stateTarget``.
    ///
    /// It is `refs/vixen-gate/deployed/staging` or `refs/vixen-gate/deployed/production`, and the
    /// deploy runner moves it after each deployment.
    public var deployedReference: String {
        Self.deployedReferencePrefix + stateTarget.rawValue
    }
}
