import CLibGit2
import VixenCore

/// Finds the best common ancestor of two commits by painting both histories, as git's
/// `merge-base` does, reading parents through ``CommitGraph`` so shallow clones stop cleanly.
struct MergeBase {
    private struct Paint: OptionSet {
        let rawValue: UInt8
        static let fromFirst = Paint(rawValue: 1)
        static let fromSecond = Paint(rawValue: 2)
        static let both: Paint = [.fromFirst, .fromSecond]
    }

    let graph: CommitGraph

    /// Returns the newest common ancestor, or nil when the histories share none.
    ///
    /// Throws ``GitError/shallowBoundary(commit:commitsRead:)`` when no common ancestor was
    /// found but the walk stopped at a shallow boundary, since one may lie beyond it.
    func find(_ first: git_oid, _ second: git_oid) throws(GitError) -> git_oid? {
        if OIDKey(first) == OIDKey(second) {
            return first
        }
        var paint: [OIDKey: Paint] = [:]
        var queue = CommitQueue()
        paint[OIDKey(first)] = .fromFirst
        paint[OIDKey(second)] = .fromSecond
        queue.push(try graph.node(first))
        queue.push(try graph.node(second))

        var reachedBoundary: CommitGraph.Node?
        var visited = 0
        while let node = queue.pop() {
            visited += 1
            let flags = paint[OIDKey(node.oid), default: []]
            // The queue pops newest first, so the first commit painted from both sides is the
            // newest common ancestor (barring commit-time skew, which git tolerates the same way).
            if flags.isSuperset(of: .both) {
                return node.oid
            }
            if node.isShallowBoundary, reachedBoundary == nil {
                reachedBoundary = node
            }
            for parent in node.parents {
                let key = OIDKey(parent)
                let existing = paint[key, default: []]
                if existing.isSuperset(of: flags) {
                    continue
                }
                paint[key] = existing.union(flags)
                queue.push(try graph.node(parent))
            }
        }
        if let reachedBoundary {
            throw .shallowBoundary(commit: reachedBoundary.oid.objectID, commitsRead: visited)
        }
        return nil
    }
}
