import CLibGit2
import VixenCore

extension Repository {
    /// The libgit2 version this build links against, such as `1.5.1`.
    public static var libgit2Version: String { LibGit2.version }

    /// Returns the bytes of the file at `path` in `commit`'s tree, or nil when there is none.
    public func fileContents(_ path: String, at commit: ObjectID) throws(GitError) -> [UInt8]? {
        let tree = try Tree(repository: self, commit: try Self.oid(commit))
        return try tree.fileContents(path, repository: self)
    }

    /// Returns the merge-base of two commits, or nil when their histories share no commit.
    public func mergeBase(_ first: ObjectID, _ second: ObjectID) throws(GitError) -> ObjectID? {
        let graph = CommitGraph(repository: self)
        return try MergeBase(graph: graph).find(try Self.oid(first), try Self.oid(second))?.objectID
    }
}

extension Tree {
    /// Returns the bytes of the blob at `path`, or nil when the path is missing or not a file.
    func fileContents(_ path: String, repository: Repository) throws(GitError) -> [UInt8]? {
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, handle, path) == 0, let entry else {
            return nil
        }
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else {
            return nil
        }
        let blob = try Blob(repository: repository, oid: git_tree_entry_id(entry).pointee, path: path)
        return blob.bytes()
    }
}
