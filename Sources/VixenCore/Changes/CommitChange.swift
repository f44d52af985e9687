import Foundation

/// One commit of a range and the files it changes against its parents.
public struct CommitChange: Sendable, Equatable {
    public let id: ObjectID
    public let parents: [ObjectID]
    /// The first line of the commit message.
    public let summary: String
    public let authorName: String
    public let time: Date
    /// For a merge, only what it adds relative to every parent.
    public let files: [FileChange]

    public init(
        id: ObjectID, parents: [ObjectID], summary: String, authorName: String, time: Date, files: [FileChange]
    ) {
        self.id = id
        self.parents = parents
        self.summary = summary
        self.authorName = authorName
        self.time = time
        self.files = files
    }

    public var isMerge: Bool { parents.count > 1 }
}
