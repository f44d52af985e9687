import CLibGit2
import Synchronization
import VixenCore

/// One thread's share of a ``HistoryBlobWalk``: its repository handle, and the reads and
/// summaries it does through it.
///
/// NOTE: @unchecked because it keeps a libgit2 handle, which one thread at a time may use. The walk
/// gives each worker to one thread per batch, and the calling thread has a worker of its own.
final class HistoryWorker<Summary: Sendable>: @unchecked Sendable {
    typealias Summarize = @Sendable (_ thread: Int, _ text: UnsafeRawBufferPointer) throws -> Summary

    private let index: Int
    private let repository: Repository
    private let objects: ObjectDatabase
    private let comparison: TreeComparison
    private let maxFileSize: Int64
    private let cache: BlobSummaryCache<Summary>
    private let summarize: Summarize

    init(
        index: Int, repository: Repository, maxFileSize: Int64, cache: BlobSummaryCache<Summary>,
        summarize: @escaping Summarize
    ) throws(GitError) {
        self.index = index
        self.repository = repository
        self.objects = try ObjectDatabase(repository: repository)
        self.comparison = TreeComparison(repository: repository)
        self.maxFileSize = maxFileSize
        self.cache = cache
        self.summarize = summarize
    }

    /// Compares the commit with its first parent, or with the empty tree for a root commit, and
    /// summarizes the blobs it brings that no thread has summarized yet.
    func read(_ node: CommitGraph.Node) throws -> PendingCommit {
        let tree = try Tree(repository: repository, commit: node.oid)
        let parent = try node.parents.first.map { oid throws(GitError) in try Tree(repository: repository, commit: oid)
        }
        var files: [PendingCommit.File] = []
        var deleted: [(path: String, blob: git_oid)] = []
        for entry in try comparison.changes(from: parent, to: tree) {
            guard let new = entry.new else {
                if let old = entry.old, !old.isSubmodule {
                    deleted.append((entry.path, old.oid))
                }
                continue
            }
            guard !new.isSubmodule else {
                continue
            }
            files.append(PendingCommit.File(path: entry.path, isNewPath: entry.old == nil, blob: new.oid))
            _ = try summary(of: new.oid, path: entry.path)
        }
        return PendingCommit(id: node.oid, files: files, deletedBlobs: deleted)
    }

    /// Turns a read commit's blob ids into their summaries, summarizing here any blob that is
    /// not in the cache yet.
    func resolve(_ commit: PendingCommit) throws -> HistoryCommit<Summary> {
        var files: [HistoryFile<Summary>] = []
        files.reserveCapacity(commit.files.count)
        for file in commit.files {
            let blob = try historyBlob(file.blob, path: file.path)
            files.append(HistoryFile(path: file.path, isNewPath: file.isNewPath, blob: blob))
        }
        var deleted: [HistoryBlob<Summary>] = []
        for file in commit.deletedBlobs {
            deleted.append(try historyBlob(file.blob, path: file.path))
        }
        return HistoryCommit(id: commit.id.objectID, files: files, deletedBlobs: deleted)
    }

    private func historyBlob(_ oid: git_oid, path: String) throws -> HistoryBlob<Summary> {
        let entry = try summary(of: oid, path: path)
        return HistoryBlob(id: oid.objectID, size: entry.size, content: entry.content)
    }

    /// Returns the blob's summary from the cache, or reads and summarizes it.
    ///
    /// The size comes from the object's header, so a blob over the limit is never inflated.
    private func summary(of oid: git_oid, path: String) throws -> BlobSummaryCache<Summary>.Entry {
        let key = OIDKey(oid)
        if let cached = cache.entry(for: key) {
            return cached
        }
        let size = try objects.size(of: oid, path: path)
        let content: HistoryBlob<Summary>.Content
        if size > maxFileSize {
            content = .tooLarge
        } else {
            let blob = try Blob(repository: repository, oid: oid, path: path)
            content = blob.isBinary ? .binary : .text(try summarize(index, blob.content))
        }
        let entry = BlobSummaryCache<Summary>.Entry(size: size, content: content)
        cache.store(entry, for: key)
        return entry
    }
}

/// The summaries of the blobs a walk has read, shared by its threads.
final class BlobSummaryCache<Summary: Sendable>: Sendable {
    struct Entry: Sendable {
        let size: Int64
        let content: HistoryBlob<Summary>.Content
    }

    private let entries = Mutex<[OIDKey: Entry]>([:])

    func entry(for key: OIDKey) -> Entry? {
        entries.withLock { $0[key] }
    }

    func store(_ entry: Entry, for key: OIDKey) {
        entries.withLock { $0[key] = entry }
    }
}
