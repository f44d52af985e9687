import CLibGit2
import VixenCore

/// Lists the commits reachable from a head and from none of the hidden commits, as
/// `git rev-list head --not hidden...` does, without libgit2's revwalk.
///
/// libgit2 1.5.1's revwalk fails in shallow clones as soon as it reaches a cut-off parent, so
/// this walk reads parents through ``CommitGraph``, which stops at the shallow boundary.
struct RangeWalk {
    private struct Flags: OptionSet {
        let rawValue: UInt8
        static let seen = Flags(rawValue: 1)
        static let hidden = Flags(rawValue: 2)
    }

    /// How many more commits to read once every queued commit is hidden.
    ///
    /// Commit times can be skewed, so an older-looking commit may still lead into the range.
    /// git uses the same slop.
    private static let slop = 5

    let graph: CommitGraph

    /// Returns the range's commits, parents before children.
    ///
    /// Throws ``GitError/shallowBoundary(commit:commitsRead:)`` when the range reaches a commit
    /// whose parents the shallow clone lacks, because the range may go on past it.
    func commits(from head: git_oid, hiding hidden: [git_oid]) throws(GitError) -> [CommitGraph.Node] {
        var flags: [OIDKey: Flags] = [:]
        var queue = CommitQueue()
        var visited: [CommitGraph.Node] = []

        let headNode = try graph.node(head)
        flags[OIDKey(head), default: []].insert(.seen)
        queue.push(headNode)
        for oid in hidden {
            let node = try graph.node(oid)
            flags[OIDKey(oid), default: []].formUnion([.seen, .hidden])
            queue.push(node)
        }

        var slopLeft = Self.slop
        while let node = queue.pop() {
            let key = OIDKey(node.oid)
            let isHidden = flags[key, default: []].contains(.hidden)
            if isHidden {
                try hideAncestors(of: node, flags: &flags)
            } else {
                visited.append(node)
            }
            for parent in node.parents where !flags[OIDKey(parent), default: []].contains(.seen) {
                flags[OIDKey(parent), default: []].insert(isHidden ? [.seen, .hidden] : .seen)
                queue.push(try graph.node(parent))
            }
            if queue.entries.allSatisfy({ flags[OIDKey($0.oid), default: []].contains(.hidden) }) {
                slopLeft -= 1
                if slopLeft < 0 {
                    break
                }
            } else {
                slopLeft = Self.slop
            }
        }

        let inRange = visited.filter { !flags[OIDKey($0.oid), default: []].contains(.hidden) }
        if let boundary = inRange.first(where: \.isShallowBoundary) {
            throw .shallowBoundary(commit: boundary.oid.objectID, commitsRead: inRange.count)
        }
        return Self.parentsFirst(inRange)
    }

    /// Marks every already-seen ancestor of a hidden commit hidden too, so a commit first
    /// reached from the head leaves the range once the hidden side reaches it.
    private func hideAncestors(of node: CommitGraph.Node, flags: inout [OIDKey: Flags]) throws(GitError) {
        var stack = node.parents
        while let oid = stack.popLast() {
            let key = OIDKey(oid)
            let current = flags[key, default: []]
            guard current.contains(.seen), !current.contains(.hidden) else {
                continue
            }
            flags[key] = current.union(.hidden)
            stack.append(contentsOf: try graph.node(oid).parents)
        }
    }

    /// Orders commits so every parent in the list comes before its children, older first
    /// among commits that do not depend on each other.
    static func parentsFirst(_ nodes: [CommitGraph.Node]) -> [CommitGraph.Node] {
        let members = Set(nodes.map { OIDKey($0.oid) })
        var emitted = Set<OIDKey>()
        var result: [CommitGraph.Node] = []
        result.reserveCapacity(nodes.count)
        // `nodes` is newest first; walking it backwards and emitting each commit after its
        // unemitted parents gives a stable topological order.
        let byKey = Dictionary(nodes.map { (OIDKey($0.oid), $0) }, uniquingKeysWith: { first, _ in first })
        for start in nodes.reversed() {
            var stack: [(CommitGraph.Node, Bool)] = [(start, false)]
            while let (node, parentsDone) = stack.popLast() {
                let key = OIDKey(node.oid)
                if emitted.contains(key) {
                    continue
                }
                if parentsDone {
                    emitted.insert(key)
                    result.append(node)
                    continue
                }
                stack.append((node, true))
                for parent in node.parents.reversed() {
                    let parentKey = OIDKey(parent)
                    if members.contains(parentKey), !emitted.contains(parentKey), let parentNode = byKey[parentKey] {
                        stack.append((parentNode, false))
                    }
                }
            }
        }
        return result
    }
}
