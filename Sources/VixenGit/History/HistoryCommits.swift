import CLibGit2
import VixenCore

/// Lists every commit reachable from a set of tips, parents before children.
///
/// Unlike ``RangeWalk``, nothing is hidden, so the walk needs no commit-time ordering. It visits
/// each reachable commit once, then sorts them.
struct HistoryCommits {
    let repository: Repository
    let graph: CommitGraph

    /// Returns the commits reachable from `tips`, parents first, older first among commits that do
    /// not depend on each other.
    ///
    /// - Throws: ``GitError/emptyRepository(path:)`` or ``GitError/unbornHead(branch:)`` when there
    ///   is no commit to start from, and ``GitError/shallowBoundary(commit:commitsRead:)`` when the
    ///   walk reaches a commit whose parents a shallow clone lacks, because the history goes on past it.
    func commits(from tips: HistoryTips) throws(GitError) -> [CommitGraph.Node] {
        let start = try tipCommits(tips)
        var seen = Set(start.map(OIDKey.init))
        var stack = start
        var nodes: [CommitGraph.Node] = []
        while let oid = stack.popLast() {
            let node = try graph.node(oid)
            if node.isShallowBoundary {
                throw .shallowBoundary(commit: node.oid.objectID, commitsRead: nodes.count + 1)
            }
            nodes.append(node)
            for parent in node.parents where seen.insert(OIDKey(parent)).inserted {
                stack.append(parent)
            }
        }
        // `parentsFirst` expects the newest commits first, and the id breaks ties so that the order
        // never depends on the walk.
        let newestFirst = nodes.map { (node: $0, id: $0.oid.objectID.hex) }.sorted { left, right in
            if left.node.time != right.node.time {
                return left.node.time > right.node.time
            }
            return left.id < right.id
        }
        return RangeWalk.parentsFirst(newestFirst.map(\.node))
    }

    /// Returns the distinct commits the tips peel to.
    private func tipCommits(_ tips: HistoryTips) throws(GitError) -> [git_oid] {
        switch tips {
        case .head:
            try repository.requireHead()
            return [try repository.resolveCommitOID("HEAD")]
        case .allReferences:
            var commits: [git_oid] = []
            var seen = Set<OIDKey>()
            // A detached HEAD is reachable from no reference.
            if let head = try? repository.resolveCommitOID("HEAD"), seen.insert(OIDKey(head)).inserted {
                commits.append(head)
            }
            for reference in try repository.references(matching: "refs/*") {
                guard let commit = reference.commit, let oid = git_oid(hex: commit.hex) else {
                    continue
                }
                if seen.insert(OIDKey(oid)).inserted {
                    commits.append(oid)
                }
            }
            if commits.isEmpty {
                try repository.requireHead()
            }
            return commits
        }
    }
}
