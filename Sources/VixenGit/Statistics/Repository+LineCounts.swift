import CLibGit2
import VixenCore

/// How many lines a file gains and loses between two trees, as `git diff --numstat` counts them.
public struct LineCount: Sendable, Equatable {
    /// The path on the new side, or the old path for a deleted file.
    public let path: String
    public let added: Int
    public let deleted: Int

    public init(path: String, added: Int, deleted: Int) {
        self.path = path
        self.added = added
        self.deleted = deleted
    }
}

extension Repository {
    /// Counts the added and deleted lines of every file that differs between the trees of `base`
    /// and `head`.
    ///
    /// The trees are compared directly, so the counts say how far what runs at `base` is from
    /// `head` even when `head` does not descend from `base`. Renames are found by similarity
    /// while at most `renameLimit` files are candidates, so a moved file counts only its edited
    /// lines. Binary files and submodules count zero lines, as `--numstat` shows them as `-`.
    public func lineCounts(from base: ObjectID, to head: ObjectID, renameLimit: Int) throws(GitError)
        -> [LineCount]
    {
        let oldTree = try Tree(repository: self, commit: try Self.oid(base))
        let newTree = try Tree(repository: self, commit: try Self.oid(head))
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.context_lines = 0
        options.interhunk_lines = 0
        var diff: OpaquePointer?
        try LibGit2.check(
            git_diff_tree_to_tree(&diff, objects, oldTree.handle, newTree.handle, &options), "git_diff_tree_to_tree")
        guard let diff else {
            throw LibGit2.error(-1, "git_diff_tree_to_tree")
        }
        defer { git_diff_free(diff) }

        try LibGit2.findRenames(in: diff, renameLimit: renameLimit)

        var counts: [LineCount] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else {
                continue
            }
            let path = String(cString: delta.new_file.path ?? delta.old_file.path)
            let isSubmodule =
                delta.new_file.mode == UInt16(GIT_FILEMODE_COMMIT.rawValue)
                || delta.old_file.mode == UInt16(GIT_FILEMODE_COMMIT.rawValue)
            guard !isSubmodule else {
                counts.append(LineCount(path: path, added: 0, deleted: 0))
                continue
            }
            let (added, deleted) = try Self.lineStatistics(diff, index: index)
            counts.append(LineCount(path: path, added: added, deleted: deleted))
        }
        return counts
    }

    private static func lineStatistics(_ diff: OpaquePointer, index: Int) throws(GitError) -> (Int, Int) {
        var patch: OpaquePointer?
        try LibGit2.check(git_patch_from_diff(&patch, diff, index), "git_patch_from_diff")
        guard let patch else {
            return (0, 0)
        }
        defer { git_patch_free(patch) }
        var context = 0
        var additions = 0
        var deletions = 0
        try LibGit2.check(git_patch_line_stats(&context, &additions, &deletions, patch), "git_patch_line_stats")
        return (additions, deletions)
    }
}
