import VixenCore

/// The state the repository records for one environment: the deployed commit, its state note,
/// the notes reference's value and the lock.
public struct TargetState: Sendable, Equatable {
    /// `staging` or `production`.
    public let target: DeployTarget
    /// The commit of `refs/vixen-gate/deployed/<environment>`, or nil when no deployment is recorded.
    public let deployedCommit: ObjectID?
    /// The note on ``deployedCommit``, or nil when it has none.
    public let note: StateNote?
    /// The commit that the notes reference points at, which a write must still find there.
    public let notesCommit: ObjectID?
    public let lock: StateLock?

    public init(
        target: DeployTarget, deployedCommit: ObjectID?, note: StateNote?, notesCommit: ObjectID?, lock: StateLock?
    ) {
        self.target = target
        self.deployedCommit = deployedCommit
        self.note = note
        self.notesCommit = notesCommit
        self.lock = lock
    }
}
