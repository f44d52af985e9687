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
        var commit: OpaquePointer?
        var target = oid
        let code = git_commit_lookup(&commit, repository.objects, &target)
        guard code == 0, let commit else {
            if code == GIT_ENOTFOUND.rawValue {
                throw .missingObject(id: oid.objectID.hex, path: nil)
            }
            throw LibGit2.error(code, "git_commit_lookup")
        }
        defer { git_commit_free(commit) }
        let isBoundary = repository.shallowCommits.contains(key)
        var parents: [git_oid] = []
        if !isBoundary {
            let count = git_commit_parentcount(commit)
            parents.reserveCapacity(Int(count))
            for index in 0..<count {
                if let parent = git_commit_parent_id(commit, index) {
                    parents.append(parent.pointee)
                }
            }
        }
        let node = Node(oid: oid, parents: parents, time: git_commit_time(commit), isShallowBoundary: isBoundary)
        nodes[key] = node
        return node
    }
}
