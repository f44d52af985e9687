import Foundation
import VixenCore

/// An environment's lock: the reference, the lock commit it points at, and the owner that commit
/// names.
public struct StateLock: Sendable, Equatable {
    /// The lock reference, such as `refs/vixen-gate/lock/staging`.
    public let reference: String
    public let commit: ObjectID
    public let owner: LockOwner

    public init(reference: String, commit: ObjectID, owner: LockOwner) {
        self.reference = reference
        self.commit = commit
        self.owner = owner
    }

    /// Returns how long the lock has been held at `now`; negative when the owner's clock runs ahead.
    public func age(at now: Date) -> TimeInterval {
        now.timeIntervalSince(owner.time)
    }
}

/// A lock this run now holds, and the stale lock it replaced, if any.
public struct LockAcquisition: Sendable, Equatable {
    public let lock: StateLock
    /// The lock that was older than its time to live and was taken over, which the run warns about.
    public let replaced: StateLock?
}
