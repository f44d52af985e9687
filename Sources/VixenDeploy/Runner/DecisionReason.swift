import Foundation
import VixenCore

/// The reason the runner deploys, keeps batching or refuses, with the values its message names.
public enum DecisionReason: Sendable, Equatable {
    // MARK: Deploy

    /// Enough commits that change deployable components are pending.
    case commitThresholdReached
    /// Enough lines of deployable components changed.
    case lineThresholdReached
    /// The oldest pending change has waited the maximum time.
    case maxWaitReached
    /// The head carries a release tag, such as `v1.4.0`.
    case releaseTag(String)
    /// `--now` skipped batching.
    case forced
    /// A hotfix of critical severity, which skips batching and windows.
    case criticalHotfix(CriticalSeverity)

    // MARK: Defer

    /// The pending changes are below every threshold.
    case belowThresholds
    /// Nothing is pending: the environment runs the head already.
    case nothingPending(commit: ObjectID)
    /// The pending commits change only DOCS, TESTS or files of no component.
    case nothingDeployable(commits: Int)

    // MARK: Refuse

    /// No deployment of the environment is recorded, so the runner cannot know what runs.
    case noDeploymentRecorded(reference: String)
    /// The gate blocks the pending range.
    case gateBlocked(rules: [RuleID])
    /// A hotfix without a mark of critical severity.
    case notCritical
    /// Staging never deployed the commit production would run.
    case notOnStaging(commit: ObjectID)
    /// Staging's deployment of the commit was rolled back or failed.
    case failedOnStaging(commit: ObjectID, result: DeploymentResult)
    /// Staging went back to an earlier commit after deploying this one.
    case stagingMovedBack(commit: ObjectID)
    /// The commit has not yet run on staging for the soak time.
    case soakIncomplete(commit: ObjectID, ranFor: TimeInterval, soak: TimeInterval, readyAt: Date)
    /// No deployment window is open now.
    case outsideWindow(windows: [DeploymentWindow], nextOpening: Date?)
    /// A window's time zone is unknown to this system.
    case unknownTimeZone(String)
    /// Staging's health checks fail now.
    case stagingUnhealthy(detail: String)
    /// Staging's health cannot be checked.
    case healthUnknown(LocalizedText)

    /// The stable id written to JSON, such as `below-thresholds`.
    public var code: String {
        switch self {
        case .commitThresholdReached: "commit-threshold"
        case .lineThresholdReached: "line-threshold"
        case .maxWaitReached: "max-wait"
        case .releaseTag: "release-tag"
        case .forced: "now"
        case .criticalHotfix: "critical-hotfix"
        case .belowThresholds: "below-thresholds"
        case .nothingPending: "nothing-pending"
        case .nothingDeployable: "nothing-deployable"
        case .noDeploymentRecorded: "no-deployment-recorded"
        case .gateBlocked: "gate-blocked"
        case .notCritical: "not-critical"
        case .notOnStaging: "not-on-staging"
        case .failedOnStaging: "failed-on-staging"
        case .stagingMovedBack: "staging-moved-back"
        case .soakIncomplete: "soak-incomplete"
        case .outsideWindow: "outside-window"
        case .unknownTimeZone: "unknown-time-zone"
        case .stagingUnhealthy: "staging-unhealthy"
        case .healthUnknown: "health-unknown"
        }
    }
}
