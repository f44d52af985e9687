import VixenCore

/// Why a compare-and-swap update of a reference did not happen.
public enum ReferenceUpdateError: Error, Equatable, Sendable {
    /// The reference no longer has the value the caller read, because another writer moved it.
    ///
    /// `expected` and `found` are nil where the reference was expected to be, or is, absent.
    case moved(reference: String, expected: ObjectID?, found: ObjectID?)
    /// libgit2 failed for another reason.
    case git(GitError)
}
