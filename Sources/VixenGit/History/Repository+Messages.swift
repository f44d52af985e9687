import CLibGit2
import VixenCore

/// A commit's whole message, for readers of its body and trailers such as `BREAKING CHANGE:`.
public struct CommitMessage: Sendable, Equatable {
    public let id: ObjectID
    public let parents: [ObjectID]
    /// The summary, body and trailers as git stored them, without leading blank lines.
    ///
    /// Bytes that are not valid UTF-8 are replaced with U+FFFD.
    public let message: String

    public init(id: ObjectID, parents: [ObjectID], message: String) {
        self.id = id
        self.parents = parents
        self.message = message
    }

    public var isMerge: Bool { parents.count > 1 }
}

extension Repository {
    /// Returns the messages of the commits that `head` reaches and none of `hidden` does, parents
    /// before children, as `git log --reverse --topo-order head --not hidden...` lists them.
    ///
    /// - Throws: ``GitError/shallowBoundary(commit:commitsRead:)`` when those commits go on past
    ///   the history a shallow clone has.
    public func commitMessages(head: ObjectID, hiding hidden: [ObjectID]) throws(GitError) -> [CommitMessage] {
        var hiddenOIDs: [git_oid] = []
        for id in hidden {
            hiddenOIDs.append(try Self.oid(id))
        }
        let graph = CommitGraph(repository: self)
        let nodes = try RangeWalk(graph: graph).commits(from: try Self.oid(head), hiding: hiddenOIDs)
        var messages: [CommitMessage] = []
        messages.reserveCapacity(nodes.count)
        for node in nodes {
            let commit = try Commit(repository: self, oid: node.oid)
            messages.append(
                CommitMessage(id: node.oid.objectID, parents: commit.parentIDs.map(\.objectID), message: commit.message)
            )
        }
        return messages
    }
}

extension Commit {
    /// The whole message, which libgit2 returns without leading blank lines.
    var message: String {
        git_commit_message(handle).map { String(cString: $0) } ?? ""
    }
}
