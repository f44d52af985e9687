import CLibGit2
import Foundation
import VixenCore

extension Repository {
    /// Writes a commit with the empty tree and no parent, on no branch, and returns its id.
    ///
    /// Such a commit carries a small record in its message, such as who holds a lock, and a
    /// reference outside `refs/heads/` keeps it; `git log` shows it like any commit.
    public func createStandaloneCommit(message: String, signature: GitSignature) throws(GitError) -> ObjectID {
        var builder: OpaquePointer?
        try LibGit2.check(git_treebuilder_new(&builder, handle, nil), "git_treebuilder_new")
        guard let builder else {
            throw LibGit2.error(-1, "git_treebuilder_new")
        }
        defer { git_treebuilder_free(builder) }
        var treeID = git_oid()
        try LibGit2.check(git_treebuilder_write(&treeID, builder), "git_treebuilder_write")
        var tree: OpaquePointer?
        try LibGit2.check(git_tree_lookup(&tree, handle, &treeID), "git_tree_lookup")
        guard let tree else {
            throw LibGit2.error(-1, "git_tree_lookup")
        }
        defer { git_tree_free(tree) }

        var commitID = git_oid()
        try signature.withSignature { pointer throws(GitError) in
            let code = git_commit_create(&commitID, handle, nil, pointer, pointer, nil, message, tree, 0, nil)
            try LibGit2.check(code, "git_commit_create")
        }
        return commitID.objectID
    }

    /// Returns the whole message and the parents of the commit `id`.
    ///
    /// - Throws: ``GitError/missingObject(id:path:)`` when the repository lacks the commit.
    public func commitMessage(of id: ObjectID) throws(GitError) -> CommitMessage {
        let commit = try Commit(repository: self, oid: try Self.oid(id))
        return CommitMessage(id: id, parents: commit.parentIDs.map(\.objectID), message: commit.message)
    }

    /// Returns the committer date of the commit `id`.
    public func commitDate(of id: ObjectID) throws(GitError) -> Date {
        let commit = try Commit(repository: self, oid: try Self.oid(id))
        return Date(timeIntervalSince1970: TimeInterval(commit.time))
    }
}
