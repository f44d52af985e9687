import VixenCore

/// One reference change to push, guarded by the value the remote had when this run fetched.
public struct RemoteUpdate: Sendable, Equatable {
    public let reference: String
    /// The value the remote must still have, or nil when the reference must not exist there.
    public let expected: ObjectID?
    /// The new value, or nil to delete the reference.
    public let new: ObjectID?

    public init(reference: String, expected: ObjectID?, new: ObjectID?) {
        self.reference = reference
        self.expected = expected
        self.new = new
    }
}
