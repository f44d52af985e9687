import Foundation
import VixenCore

/// The facts the cost rules decide on, gathered by the runner.
public struct CostInput: Sendable {
    public var target: DeployTarget
    public var pending: PendingChanges
    /// When a deferral first saw each pending commit, from the deployed commit's state note.
    public var firstDeferrals: [ObjectID: Date]
    /// The highest `vX.Y.Z` tag on the head, or nil.
    public var headReleaseTag: String?
    /// The mark of critical severity, if any, which a hotfix needs.
    public var critical: CriticalSeverity?
    /// True with `--now`, which skips batching but not the soak or the window.
    public var skipsBatching: Bool
    /// The rules whose findings block the pending range.
    public var blockingRules: [RuleID]
    /// Staging's record of the head, for a production deployment; nil for other targets.
    public var staging: StagingEvidence?

    public init(
        target: DeployTarget, pending: PendingChanges, firstDeferrals: [ObjectID: Date] = [:],
        headReleaseTag: String? = nil, critical: CriticalSeverity? = nil, skipsBatching: Bool = false,
        blockingRules: [RuleID] = [], staging: StagingEvidence? = nil
    ) {
        self.target = target
        self.pending = pending
        self.firstDeferrals = firstDeferrals
        self.headReleaseTag = headReleaseTag
        self.critical = critical
        self.skipsBatching = skipsBatching
        self.blockingRules = blockingRules
        self.staging = staging
    }
}
