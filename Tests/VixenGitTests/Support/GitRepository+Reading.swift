import Foundation
import VixenCore
import VixenGit
import VixenTestSupport

extension GitRepository {
    /// Opens this fixture through the module under test, by path, as the command line does.
    func open() throws(GitError) -> Repository {
        try Repository.open(path: path, currentDirectory: "/", environment: [:])
    }

    /// Returns the commit or object that `revision` names, as git itself resolves it.
    func objectID(_ revision: String = "HEAD") throws -> ObjectID {
        ObjectID(hex: try revParse(revision))
    }

    /// Returns the blob id git stores for `path` at `revision`.
    func blobID(_ path: String, at revision: String = "HEAD") throws -> ObjectID {
        try objectID("\(revision):\(path)")
    }

    /// Creates a symbolic link at `path` in the work tree that points to `target`.
    func writeSymlink(_ path: String, to target: String) throws {
        let link = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
    }
}

extension Repository {
    /// Reads the single commit `head` adds on top of its first parent.
    func readCommit(_ head: ObjectID, options: ReadOptions = ReadOptions()) throws -> CommitChange? {
        let parent = try resolveCommit(head.hex + "^")
        return try readRange(base: parent, head: head, options: options).commits.first
    }
}
