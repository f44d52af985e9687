import VixenCore

/// The commits to check for one pushed ref.
enum RefPlan: Sendable, Equatable {
    /// The rule that chose the commits a range hides.
    enum Basis: Sendable, Equatable {
        /// A new ref: everything the receiving side already has is hidden.
        case newRef
        /// A tag, new or moved, treated like a new ref.
        case tag
        /// An update from an old commit this repository has; a forced one included.
        case update
        /// An update from an old commit this repository lacks, treated like a new ref.
        case updateFromUnknownCommit
    }

    /// The ref is deleted, so there is nothing to check.
    case deletion
    /// The new object leads to a tree or a blob, not to a commit, so it brings no commits.
    case noCommit(ObjectID)
    /// The commits reachable from `head` and from none of `hidden`, as `git rev-list head --not hidden...`.
    case range(head: ObjectID, hidden: [ObjectID], basis: Basis)
}
