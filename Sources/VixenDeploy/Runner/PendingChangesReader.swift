import VixenCore
import VixenGit

/// Reads the pending changes of a range from the repository.
public struct PendingChangesReader {
    let repository: Repository
    let options: ReadOptions
    /// The component of a path, as the gate assigns it, or nil for a path of no component.
    let component: (String) -> Component?

    public init(repository: Repository, options: ReadOptions, component: @escaping (String) -> Component?) {
        self.repository = repository
        self.options = options
        self.component = component
    }

    /// Returns the commits from `base` to `head` and the lines they change by component.
    public func read(base: ObjectID, head: ObjectID) throws(GitError) -> PendingChanges {
        try pending(try repository.readRange(base: base, head: head, options: options), base: base, head: head)
    }

    /// Returns the pending changes of `changes`, the range from `base` to `head` already read.
    ///
    /// A commit counts as deployable when its own diff touches a deployable component; a merge
    /// never does. Lines compare the two trees, so they are what the environment would see change.
    public func pending(_ changes: ChangeSet, base: ObjectID, head: ObjectID) throws(GitError) -> PendingChanges {
        let messages = try repository.commitMessages(head: head, hiding: [base])
        let messageByID = Dictionary(messages.map { ($0.id, $0.message) }, uniquingKeysWith: { first, _ in first })
        let commits = changes.commits.map { commit in
            let deployable =
                !commit.isMerge && commit.files.contains { file in component(file.path)?.isDeployable ?? false }
            return PendingChanges.Commit(
                id: commit.id, time: commit.time, message: messageByID[commit.id] ?? commit.summary,
                deployable: deployable)
        }

        var lines: [Component: Int] = [:]
        for count in try repository.lineCounts(from: base, to: head, renameLimit: options.renameLimit) {
            guard let owner = component(count.path) else {
                continue
            }
            lines[owner, default: 0] += count.added + count.deleted
        }
        return PendingChanges(base: base, head: head, commits: commits, lines: lines)
    }
}
