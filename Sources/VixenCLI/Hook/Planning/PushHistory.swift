import VixenCore
import VixenGit

/// The repository facts that ``RangePlanner`` reads: which objects exist, the commits they
/// peel to, and the commits that refs point to.
///
/// A protocol so that the planner's decisions are tested without a repository.
protocol PushHistory {
    /// Returns true when the object database has `id`.
    func containsObject(_ id: ObjectID) -> Bool
    /// Returns the commit that `id` peels to, or nil when it leads to a tree or a blob.
    ///
    /// - Throws: ``GitError/missingObject(id:path:)`` when the object is missing.
    func peeledCommit(_ id: ObjectID) throws(GitError) -> ObjectID?
    /// Returns the commits of the refs whose full names match `glob`, where `*` matches across `/`.
    ///
    /// Refs that lead to no commit are left out.
    func referenceCommits(matching glob: String) throws(GitError) -> [ObjectID]
}

extension Repository: PushHistory {
    func referenceCommits(matching glob: String) throws(GitError) -> [ObjectID] {
        try references(matching: glob).compactMap(\.commit)
    }
}
