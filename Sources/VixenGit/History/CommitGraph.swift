import CLibGit2
import Foundation
import VixenCore

/// The parents and commit times of the commits a walk visits, read once each.
///
/// Commits listed in the `shallow` file are given no parents, because libgit2 1.5.1 fails
/// when it looks up a parent that a shallow clone left out.
final class CommitGraph {
    struct Node {
        let oid: git_oid
        let parents: [git_oid]
        let time: Int64
        /// True when a shallow clone cut this commit's parents off.
        let isShallowBoundary: Bool
    }

    private let repository: Repository
    private var nodes: [OIDKey: Node] = [:]

    init(repository: Repository) {
        self.repository = repository
    }

    func node(_ oid: git_oid) throws(GitError) -> Node {
        let key = OIDKey(oid)
        if let cached = nodes[key] {
            return cached
        }
        let commit = try Commit(repository: repository, oid: oid)
        let isBoundary = repository.shallowCommits.contains(key)
        let parents = isBoundary ? [] : commit.parentIDs
        let node = Node(oid: oid, parents: parents, time: commit.time, isShallowBoundary: isBoundary)
        nodes[key] = node
        return node
    }
}
