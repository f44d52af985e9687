import VixenCore

/// Staging's record of the commit that a production deployment would bring.
public struct StagingEvidence: Sendable, Equatable {
    /// The commit production would run.
    public let commit: ObjectID
    /// Staging's record of that commit, or nil when staging never deployed it.
    public let record: DeploymentRecord?
    /// True when staging still runs the commit or a later one that contains it; false when
    /// staging went back to an earlier commit since.
    public let stagingStillRunsIt: Bool

    public init(commit: ObjectID, record: DeploymentRecord?, stagingStillRunsIt: Bool) {
        self.commit = commit
        self.record = record
        self.stagingStillRunsIt = stagingStillRunsIt
    }
}
