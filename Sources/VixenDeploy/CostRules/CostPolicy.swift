import Foundation
import VixenCore

/// The settings of the cost rules, with the defaults that apply when `.vixen-gate.yml` sets none.
public struct CostPolicy: Sendable, Equatable {
    /// When pending changes are worth a deployment of their own.
    public struct Batch: Sendable, Equatable {
        /// Commits that change a deployable component; reaching this many deploys.
        public var commits: Int
        /// Added plus deleted lines in deployable components; reaching this many deploys.
        public var lines: Int
        /// Seconds the oldest pending change may wait; waiting this long deploys.
        public var maxWait: TimeInterval

        public init(commits: Int, lines: Int, maxWait: TimeInterval) {
            self.commits = commits
            self.lines = lines
            self.maxWait = maxWait
        }

        /// Five commits, 200 lines, or 24 hours.
        public static let standard = Batch(commits: 5, lines: 200, maxWait: 24 * 3600)
    }

    public var staging: Batch
    public var production: Batch
    /// Seconds a commit must have run on staging before it goes to production; 24 hours by default.
    public var soak: TimeInterval
    /// When production deployments may start; a time in any window will do.
    public var windows: [DeploymentWindow]
    /// Seconds after which a lock counts as left behind by a runner that died; 30 minutes by default.
    public var lockTimeToLive: TimeInterval

    public init(
        staging: Batch = .standard, production: Batch = .standard, soak: TimeInterval = 24 * 3600,
        windows: [DeploymentWindow] = [.standard], lockTimeToLive: TimeInterval = 30 * 60
    ) {
        self.staging = staging
        self.production = production
        self.soak = soak
        self.windows = windows
        self.lockTimeToLive = lockTimeToLive
    }

    public static let defaults = CostPolicy()

    /// Returns the batching settings of `target`'s environment; a hotfix, which skips batching,
    /// gets production's.
    public func batch(for target: DeployTarget) -> Batch {
        target.stateTarget == .staging ? staging : production
    }
}
