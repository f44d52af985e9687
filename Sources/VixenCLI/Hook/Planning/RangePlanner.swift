import VixenCore
import VixenGit

/// Decides which commits of each pushed ref are new to the receiving side.
///
/// The pushing side (pre-push) does not know what the remote has, so it treats what its
/// remote-tracking refs, `refs/remotes/<remote>/*`, point to as the remote's commits, as
/// `git rev-list <new> --not --remotes=<remote>` does. The receiving side (pre-receive) compares
/// with its own branches and tags.
///
/// The refs' commits are read once per planner, on first use.
final class RangePlanner {
    private let history: any PushHistory
    private var commitsByGlob: [String: [ObjectID]] = [:]

    init(history: any PushHistory) {
        self.history = history
    }

    /// Returns the glob of the remote-tracking refs of `remote`.
    static func remoteTrackingGlob(_ remote: String) -> String {
        "refs/remotes/\(remote)/*"
    }

    /// The globs of the refs a receiving repository already has.
    static let receivingGlobs = ["refs/heads/*", "refs/tags/*"]

    /// Plans one ref of a push, on the pushing side.
    ///
    /// A deletion checks nothing. A new ref or a tag hides every remote-tracking ref of
    /// `remote`. An update hides the remote's old commit, so a forced update checks every
    /// commit the old one lacks. When this repository does not have that commit, as after
    /// someone else pushed to the branch, the update is treated like a new ref.
    func planPush(_ update: RefUpdate, remote: String) throws(GitError) -> RefPlan {
        guard let newID = update.newID else {
            return .deletion
        }
        guard let head = try history.peeledCommit(newID) else {
            return .noCommit(newID)
        }
        let remoteGlobs = [Self.remoteTrackingGlob(remote)]
        if update.isTag {
            return .range(head: head, hidden: try commits(matching: remoteGlobs), basis: .tag)
        }
        guard let oldID = update.oldID else {
            return .range(head: head, hidden: try commits(matching: remoteGlobs), basis: .newRef)
        }
        if history.containsObject(oldID), let oldCommit = try history.peeledCommit(oldID) {
            return .range(head: head, hidden: [oldCommit], basis: .update)
        }
        return .range(head: head, hidden: try commits(matching: remoteGlobs), basis: .updateFromUnknownCommit)
    }

    /// Plans one ref of a push, on the receiving side.
    ///
    /// A new ref hides every existing branch and tag, and an update hides the ref's old commit.
    /// An old object that leads to no commit, such as a tag of a tree, counts as a new ref.
    func planReceive(_ update: RefUpdate) throws(GitError) -> RefPlan {
        guard let newID = update.newID else {
            return .deletion
        }
        guard let head = try history.peeledCommit(newID) else {
            return .noCommit(newID)
        }
        let basis: RefPlan.Basis = update.isTag ? .tag : .newRef
        guard let oldID = update.oldID, let oldCommit = try history.peeledCommit(oldID) else {
            return .range(head: head, hidden: try commits(matching: Self.receivingGlobs), basis: basis)
        }
        return .range(head: head, hidden: [oldCommit], basis: .update)
    }

    /// Plans the range that the pre-commit framework describes.
    ///
    /// With both ends resolved, the range is `from..to`. With no start, as for a push that
    /// begins at a root commit, `to` is checked like a new branch of `remote`, and with no
    /// remote either, from the root.
    func planPreCommit(from: ObjectID?, to: ObjectID, remote: String?) throws(GitError) -> RefPlan {
        if let from {
            return .range(head: to, hidden: [from], basis: .update)
        }
        let globs = remote.map { [Self.remoteTrackingGlob($0)] } ?? []
        return .range(head: to, hidden: try commits(matching: globs), basis: .newRef)
    }

    /// Returns the distinct commits of the refs matching `globs`, sorted so plans are stable.
    private func commits(matching globs: [String]) throws(GitError) -> [ObjectID] {
        var all = Set<ObjectID>()
        for glob in globs {
            if let cached = commitsByGlob[glob] {
                all.formUnion(cached)
                continue
            }
            let found = try history.referenceCommits(matching: glob)
            commitsByGlob[glob] = found
            all.formUnion(found)
        }
        return all.sorted()
    }
}
