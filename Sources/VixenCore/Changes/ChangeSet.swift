/// Everything a check reads: the commits of a range and the changes beside them.
public struct ChangeSet: Sendable, Equatable {
    /// The commit the range starts after, or nil when it starts at the root.
    public let base: ObjectID?
    /// The newest commit of the range, or nil in a repository with no commits.
    public let head: ObjectID?
    /// Where ``overall`` starts: ``base`` when it is an ancestor of ``head``, else their merge-base.
    public let diffBase: ObjectID?
    /// The commits reachable from head and not from base, oldest first.
    public let commits: [CommitChange]
    /// The range's diff from ``diffBase`` to ``head``.
    public let overall: [FileChange]
    /// The index against HEAD; empty unless staged changes were requested.
    public let staged: [FileChange]
    /// The work tree, untracked files included, against the index; empty unless requested.
    public let worktree: [FileChange]

    public init(
        base: ObjectID?,
        head: ObjectID?,
        diffBase: ObjectID?,
        commits: [CommitChange],
        overall: [FileChange],
        staged: [FileChange] = [],
        worktree: [FileChange] = []
    ) {
        self.base = base
        self.head = head
        self.diffBase = diffBase
        self.commits = commits
        self.overall = overall
        self.staged = staged
        self.worktree = worktree
    }

    /// Every changed path once: the range's diff first, then the index, then the work tree.
    ///
    /// A path seen earlier keeps its entry, so a file the range adds and the work tree edits
    /// again is listed as added.
    public var changedFiles: [FileChange] {
        var seen = Set<String>()
        var result: [FileChange] = []
        for file in overall + staged + worktree where seen.insert(file.path).inserted {
            result.append(file)
        }
        return result
    }
}
