import VixenCore

/// Why the repository could not be read as requested.
///
/// Each case carries the values a person needs to act on it; ``message`` turns it into
/// localized text. Every case stops the check with exit status 2.
public enum GitError: Error, Equatable, Sendable {
    /// Why libgit2 1.5.1 cannot read a repository that git itself can.
    public enum Unsupported: Equatable, Sendable {
        /// `index.skipHash`, which libgit2 reads from 1.8 on.
        case indexSkipHash
        /// `extensions.objectFormat = sha256`; libgit2 reads SHA-256 repositories from 1.9 on.
        case sha256
        /// A repository extension libgit2 does not know.
        case unknownExtension(String)
        /// Owned by another user; git's `safe.directory` setting is the usual remedy.
        case otherOwner(path: String)
    }

    case notARepository(path: String)
    case unsupported(Unsupported)
    case emptyRepository(path: String)
    case unbornHead(branch: String)
    /// The index or work tree was requested from a bare repository.
    case noWorkTree(path: String)
    case unknownRevision(String, isShallow: Bool)
    /// The revision exists but does not lead to a commit (a blob or a tree).
    case notACommit(String)
    /// No upstream, origin/HEAD, main or master exists to start the default range from.
    case noDefaultBase
    /// The range reaches a commit whose parents a shallow clone does not have.
    case shallowBoundary(commit: ObjectID, commitsRead: Int)
    case missingObject(id: String, path: String?)
    /// Any other libgit2 failure, with the function that failed and libgit2's own message.
    case library(function: String, code: Int32, message: String)
}
