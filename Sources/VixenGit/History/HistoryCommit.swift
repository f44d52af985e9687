import VixenCore

/// One blob as a history read reports it: its id, its size, and the caller's summary of its text.
public struct HistoryBlob<Summary: Sendable>: Sendable {
    public enum Content: Sendable {
        /// A text blob, with what the caller's `summarize` returned for it.
        case text(Summary)
        /// A blob that git calls binary: a NUL byte in its first 8,000 bytes. It is not summarized.
        case binary
        /// A blob larger than the size limit, which is not read.
        case tooLarge
    }

    public let id: ObjectID
    /// The size in bytes, from the object's header.
    public let size: Int64
    public let content: Content

    public init(id: ObjectID, size: Int64, content: Content) {
        self.id = id
        self.size = size
        self.content = content
    }
}

/// A file whose content a commit changes against its first parent: a new path, or new content at
/// a path the first parent has.
public struct HistoryFile<Summary: Sendable>: Sendable {
    /// The path relative to the repository root, with `/` separators.
    public let path: String
    /// True when the first parent has no file at ``path``, as for an added or renamed file.
    public let isNewPath: Bool
    public let blob: HistoryBlob<Summary>

    public init(path: String, isNewPath: Bool, blob: HistoryBlob<Summary>) {
        self.path = path
        self.isNewPath = isNewPath
        self.blob = blob
    }
}

/// One commit of a history read, with the file versions it brings against its first parent.
///
/// A root commit brings every file of its tree. A merge is compared with its first parent only,
/// so it lists what the merged branches changed as well, with blobs that earlier commits already
/// brought. Submodule entries are left out.
public struct HistoryCommit<Summary: Sendable>: Sendable {
    public let id: ObjectID
    /// Added and changed files, in tree order.
    public let files: [HistoryFile<Summary>]
    /// The blobs of the files the commit deletes against its first parent.
    ///
    /// A file moved to a new path appears here with its old blob and in ``files`` with its new one.
    public let deletedBlobs: [HistoryBlob<Summary>]

    public init(id: ObjectID, files: [HistoryFile<Summary>], deletedBlobs: [HistoryBlob<Summary>]) {
        self.id = id
        self.files = files
        self.deletedBlobs = deletedBlobs
    }
}

/// The commits a history read starts from.
public enum HistoryTips: Sendable, Equatable {
    /// The commit HEAD points at, as `git log` reads.
    case head
    /// Every reference under `refs/` and HEAD, as `git log --all` reads.
    case allReferences
}
