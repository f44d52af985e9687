import CLibGit2
import VixenCore

extension Repository {
    /// Returns the commits of `candidates` that `head` reaches, `head` itself included, as
    /// `git merge-base --is-ancestor` answers for each one.
    ///
    /// One walk from `head` answers for every candidate, and it stops as soon as all of them are
    /// found. A candidate that `head` does not reach makes the walk read the whole history.
    ///
    /// - Throws: ``GitError/shallowBoundary(commit:commitsRead:)`` when a candidate is still missing
    ///   once the walk has reached a commit whose parents a shallow clone lacks, because the candidate
    ///   may lie beyond it.
    public func reachableCommits(among candidates: Set<ObjectID>, from head: ObjectID) throws(GitError)
        -> Set<ObjectID>
    {
        guard !candidates.isEmpty else {
            return []
        }
        let graph = CommitGraph(repository: self)
        var found = Set<ObjectID>()
        var seen: Set<OIDKey> = []
        var pending = [try Self.oid(head)]
        var boundary: CommitGraph.Node?
        var visited = 0

        while let oid = pending.popLast(), found.count < candidates.count {
            guard seen.insert(OIDKey(oid)).inserted else {
                continue
            }
            let node = try graph.node(oid)
            visited += 1
            let id = oid.objectID
            if candidates.contains(id) {
                found.insert(id)
            }
            if node.isShallowBoundary, boundary == nil {
                boundary = node
            }
            pending.append(contentsOf: node.parents)
        }

        if found.count < candidates.count, let boundary {
            throw .shallowBoundary(commit: boundary.oid.objectID, commitsRead: visited)
        }
        return found
    }
}
