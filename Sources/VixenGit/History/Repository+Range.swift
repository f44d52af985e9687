import CLibGit2
import Foundation
import VixenCore

extension Repository {
    /// Reads `base..head`: the commits reachable from head and not from base, each with its own
    /// changes, and the range's overall diff.
    ///
    /// With `base` nil the range runs from the root commits. When base is not an ancestor of
    /// head, the overall diff starts at their merge-base, as `git diff base...head` does.
    public func readRange(base: ObjectID?, head: ObjectID, options: ReadOptions = ReadOptions())
        throws(GitError) -> ChangeSet
    {
        let range = try readRange(head: head, hiding: base.map { [$0] } ?? [], options: options)
        return ChangeSet(
            base: base, head: head, diffBase: range.diffBase, commits: range.commits, overall: range.overall)
    }

    /// Reads the commits reachable from `head` and from none of `hidden`, as
    /// `git rev-list head --not hidden...` lists them, with the overall diff.
    ///
    /// A pushed branch that is new to a remote is read this way, hiding every branch the remote
    /// already has. The overall diff starts at the newest merge-base of head with a hidden
    /// commit, which is also the change set's ``ChangeSet/base``. With nothing hidden, or no
    /// shared history, it starts at the empty tree.
    public func readRange(head: ObjectID, hiding hidden: [ObjectID], options: ReadOptions = ReadOptions())
        throws(GitError) -> ChangeSet
    {
        var commits: [CommitChange] = []
        try forEachCommit(head: head, hiding: hidden, options: options) { commits.append($0) }
        let graph = CommitGraph(repository: self)
        let headOID = try Self.oid(head)
        var diffBase: CommitGraph.Node?
        for id in hidden {
            guard let found = try MergeBase(graph: graph).find(try Self.oid(id), headOID) else {
                continue
            }
            let node = try graph.node(found)
            if diffBase.map({ node.time > $0.time }) ?? true {
                diffBase = node
            }
        }
        let reader = try ChangeReader(repository: self, options: options)
        let oldTree = try diffBase.map { node throws(GitError) in try Tree(repository: self, commit: node.oid) }
        let overall = try reader.changes(from: oldTree, to: try Tree(repository: self, commit: headOID))
        let start = diffBase?.oid.objectID
        return ChangeSet(base: start, head: head, diffBase: start, commits: commits, overall: overall)
    }

    /// Calls `body` with each commit of `base..head`, parents before children, reading one
    /// commit's changes at a time so a whole history fits in little memory.
    public func forEachCommit(
        base: ObjectID?, head: ObjectID, options: ReadOptions = ReadOptions(),
        _ body: (CommitChange) throws(GitError) -> Void
    ) throws(GitError) {
        try forEachCommit(head: head, hiding: base.map { [$0] } ?? [], options: options, body)
    }

    /// Calls `body` with each commit reachable from `head` and from none of `hidden`, parents
    /// before children.
    public func forEachCommit(
        head: ObjectID, hiding hidden: [ObjectID], options: ReadOptions = ReadOptions(),
        _ body: (CommitChange) throws(GitError) -> Void
    ) throws(GitError) {
        let graph = CommitGraph(repository: self)
        var hiddenOIDs: [git_oid] = []
        for id in hidden {
            hiddenOIDs.append(try Self.oid(id))
        }
        let nodes = try RangeWalk(graph: graph).commits(from: try Self.oid(head), hiding: hiddenOIDs)
        if nodes.count >= ParallelCommitReader.minimumCommits,
            let parallel = try ParallelCommitReader(repository: self, options: options)
        {
            try parallel.read(nodes, body)
            return
        }
        let reader = try ChangeReader(repository: self, options: options)
        for node in nodes {
            try body(try commitChange(node, reader: reader))
        }
    }

    func commitChange(_ node: CommitGraph.Node, reader: ChangeReader) throws(GitError) -> CommitChange {
        let tree = try Tree(repository: self, commit: node.oid)
        let files: [FileChange]
        switch node.parents.count {
        case 0:
            files = try reader.changes(from: nil, to: tree)
        case 1:
            files = try reader.changes(from: try Tree(repository: self, commit: node.parents[0]), to: tree)
        default:
            var parents: [Tree] = []
            for parent in node.parents {
                parents.append(try Tree(repository: self, commit: parent))
            }
            files = try reader.combinedChanges(parents: parents, merge: tree)
        }
        let metadata = try CommitMetadata(repository: self, oid: node.oid)
        return CommitChange(
            id: node.oid.objectID, parents: node.parents.map(\.objectID), summary: metadata.summary,
            authorName: metadata.authorName, time: Date(timeIntervalSince1970: TimeInterval(node.time)),
            files: files)
    }

    static func oid(_ id: ObjectID) throws(GitError) -> git_oid {
        guard let oid = git_oid(hex: id.hex) else {
            throw .unknownRevision(id.hex, isShallow: false)
        }
        return oid
    }
}

/// The parts of a commit's header and message that reports show.
struct CommitMetadata {
    let summary: String
    let authorName: String

    init(repository: Repository, oid: git_oid) throws(GitError) {
        let commit = try Commit(repository: repository, oid: oid)
        summary = commit.summary
        authorName = commit.authorName
    }
}
