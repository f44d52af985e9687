import Foundation
import VixenCore

/// Reads the index's version of a changed file from its blob, and the work tree's from disk.
// NOTE: work tree files are read as they are on disk, before the clean filters of
// `.gitattributes` (such as end-of-line conversion) that git applies when it stages them.
// @unchecked because it keeps the repository's libgit2 handle; use it from one thread at a time.
public final class WorkingFiles: WorkingFileSource, @unchecked Sendable {
    private let repository: Repository

    public init(repository: Repository) {
        self.repository = repository
    }

    public func indexContents(of change: FileChange) throws -> [UInt8]? {
        guard let blob = change.newBlob else {
            return nil
        }
        return try repository.blobContents(blob, path: change.path)
    }

    public func workTreeContents(of path: String) throws -> [UInt8]? {
        guard let workTree = repository.workTree else {
            return nil
        }
        let url = URL(fileURLWithPath: workTree).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return nil
        }
        return Array(data)
    }
}
