import VixenCore

/// A set of state writes for one environment that land together: notes, the move of the deployed
/// reference, and the release of the lock.
public struct StateChange: Sendable, Equatable {
    /// A move of the deployed reference from the commit this run read to a new one.
    public struct Move: Sendable, Equatable {
        /// The commit the reference pointed at when the run read it, or nil when it did not exist.
        public let expected: ObjectID?
        public let new: ObjectID

        public init(expected: ObjectID?, new: ObjectID) {
            self.expected = expected
            self.new = new
        }
    }

    /// A note to write on a commit, replacing the note it had.
    public struct NoteWrite: Sendable, Equatable {
        public let commit: ObjectID
        public let note: StateNote

        public init(commit: ObjectID, note: StateNote) {
            self.commit = commit
            self.note = note
        }
    }

    /// `staging` or `production`.
    public let target: DeployTarget
    /// The notes to write, in order.
    public var notes: [NoteWrite]
    /// The value of the notes reference this run read, which the write must still find.
    public var notesParent: ObjectID?
    public var move: Move?
    /// The lock to release with the writes, or nil to keep it.
    public var releasing: StateLock?

    public init(
        target: DeployTarget, notes: [NoteWrite], notesParent: ObjectID?, move: Move? = nil,
        releasing: StateLock? = nil
    ) {
        self.target = target.stateTarget
        self.notes = notes
        self.notesParent = notesParent
        self.move = move
        self.releasing = releasing
    }
}
