import CLibGit2
import Foundation
import VixenCore

/// A tree object; frees its libgit2 handle on deinit.
final class Tree {
    let handle: OpaquePointer

    init(repository: Repository, oid: git_oid) throws(GitError) {
        var target = oid
        var tree: OpaquePointer?
        try LibGit2.checkObject(git_tree_lookup(&tree, repository.objects, &target), oid, path: nil, "git_tree_lookup")
        guard let tree else {
            throw LibGit2.error(-1, "git_tree_lookup")
        }
        handle = tree
    }

    /// Loads the tree of a commit.
    convenience init(repository: Repository, commit oid: git_oid) throws(GitError) {
        guard let treeID = try Commit(repository: repository, oid: oid).treeID else {
            throw LibGit2.error(-1, "git_commit_tree_id")
        }
        try self.init(repository: repository, oid: treeID)
    }

    deinit {
        git_tree_free(handle)
    }

    var count: Int { git_tree_entrycount(handle) }

    func entry(at index: Int) -> OpaquePointer? {
        git_tree_entry_byindex(handle, index)
    }
}

/// A commit object; frees its libgit2 handle on deinit.
final class Commit {
    let handle: OpaquePointer

    /// Loads the commit `oid`, reporting a missing object by its id.
    init(repository: Repository, oid: git_oid) throws(GitError) {
        var target = oid
        var commit: OpaquePointer?
        try LibGit2.checkObject(
            git_commit_lookup(&commit, repository.objects, &target), oid, path: nil, "git_commit_lookup")
        guard let commit else {
            throw LibGit2.error(-1, "git_commit_lookup")
        }
        handle = commit
    }

    deinit {
        git_commit_free(handle)
    }

    // The accessors below read the commit inside its own methods, so the object stays alive
    // for as long as libgit2 reads memory it owns.

    var treeID: git_oid? { git_commit_tree_id(handle)?.pointee }

    var parentIDs: [git_oid] {
        (0..<git_commit_parentcount(handle)).compactMap { git_commit_parent_id(handle, $0)?.pointee }
    }

    /// Seconds since the epoch, as the committer recorded them.
    var time: Int64 { git_commit_time(handle) }

    var summary: String { git_commit_summary(handle).map { String(cString: $0) } ?? "" }

    var authorName: String {
        git_commit_author(handle).flatMap { $0.pointee.name }.map { String(cString: $0) } ?? ""
    }
}

/// A blob object; frees its libgit2 handle on deinit.
final class Blob {
    let handle: OpaquePointer

    /// Loads the blob `oid`, naming `path` when the object is missing.
    init(repository: Repository, oid: git_oid, path: String) throws(GitError) {
        var target = oid
        var blob: OpaquePointer?
        try LibGit2.checkObject(git_blob_lookup(&blob, repository.objects, &target), oid, path: path, "git_blob_lookup")
        guard let blob else {
            throw LibGit2.error(-1, "git_blob_lookup")
        }
        handle = blob
    }

    deinit {
        git_blob_free(handle)
    }

    /// The blob's bytes, valid only while the caller keeps this object alive.
    var content: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: git_blob_rawcontent(handle), count: Int(git_blob_rawsize(handle)))
    }

    /// Returns a copy of the blob's bytes.
    func bytes() -> [UInt8] {
        Array(content)
    }

    /// Whether git would call this blob binary: a NUL byte in its first 8,000 bytes, the test
    /// git's own `buffer_is_binary` applies.
    var isBinary: Bool {
        let bytes = content
        guard let start = bytes.baseAddress else {
            return false
        }
        return memchr(start, 0, min(bytes.count, 8000)) != nil
    }
}

/// The repository's object database, for sizes read without loading whole objects.
final class ObjectDatabase {
    private let handle: OpaquePointer

    init(repository: Repository) throws(GitError) {
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, repository.objects), "git_repository_odb")
        guard let odb else {
            throw LibGit2.error(-1, "git_repository_odb")
        }
        handle = odb
    }

    deinit {
        git_odb_free(handle)
    }

    /// Returns the object's size in bytes from its header, naming `path` when it is missing.
    func size(of oid: git_oid, path: String) throws(GitError) -> Int64 {
        var target = oid
        var length = 0
        var type = GIT_OBJECT_ANY
        try LibGit2.checkObject(
            git_odb_read_header(&length, &type, handle, &target), oid, path: path, "git_odb_read_header")
        return Int64(length)
    }
}
