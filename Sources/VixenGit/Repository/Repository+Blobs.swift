import CLibGit2
import VixenCore

extension Repository {
    /// Returns a copy of the bytes of the blob `id`.
    ///
    /// - Parameter path: A path the blob is known by, which the error names when the object is
    ///   missing.
    public func blobContents(_ id: ObjectID, path: String) throws(GitError) -> [UInt8] {
        try Blob(repository: self, oid: try Self.oid(id), path: path).bytes()
    }
}
