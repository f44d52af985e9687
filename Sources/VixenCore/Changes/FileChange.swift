/// One file a change touches, with what the gate read of it.
public struct FileChange: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case added
        case modified
        case deleted
        case renamed
        case typeChanged = "type-changed"
    }

    /// What was read of the file's new side.
    public enum Content: Sendable, Equatable {
        /// A text file, with its added lines (none for a deletion).
        case text(AddedText)
        case binary
        /// Larger than the size limit, so listed but not read.
        case tooLarge(limit: Int64)
        /// A gitlink: a commit of another repository, with no content here.
        case submodule
    }

    /// Path relative to the repository root, with `/` separators.
    public let path: String
    /// The path before a rename; nil unless ``status`` is ``Status/renamed``.
    public let oldPath: String?
    public let status: Status
    public let content: Content
    /// Size in bytes of the new side, or of the old side for a deletion.
    public let size: Int64
    public let oldBlob: ObjectID?
    public let newBlob: ObjectID?

    public init(
        path: String,
        oldPath: String? = nil,
        status: Status,
        content: Content,
        size: Int64,
        oldBlob: ObjectID? = nil,
        newBlob: ObjectID? = nil
    ) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.content = content
        self.size = size
        self.oldBlob = oldBlob
        self.newBlob = newBlob
    }

    public var isBinary: Bool { content == .binary }

    /// The added lines, or empty when the file is binary, too large or a submodule.
    public var addedText: AddedText {
        if case .text(let text) = content {
            return text
        }
        return .empty
    }
}
