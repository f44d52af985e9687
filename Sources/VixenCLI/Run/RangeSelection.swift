import VixenCore
import VixenGit

/// The commits a check covers: `base..head`, from the options or the defaults.
struct RangeSelection {
    let base: ObjectID?
    let head: ObjectID

    /// Resolves `--head` (default HEAD) and `--base`.
    ///
    /// Without `--base`, the range starts at the merge-base of the head with HEAD's upstream,
    /// else `origin/HEAD`, else `main` or `master`. When those share no history with the head,
    /// the range starts after that branch's tip instead.
    static func resolve(_ repository: Repository, base: String?, head: String?) throws(GitError) -> RangeSelection {
        let headCommit: ObjectID
        if let head {
            headCommit = try repository.resolveCommit(head)
        } else {
            headCommit = try repository.headCommit()
        }
        if let base {
            return RangeSelection(base: try repository.resolveCommit(base), head: headCommit)
        }
        let fallback = try repository.defaultBaseRevision().commit
        let start = try repository.mergeBase(fallback, headCommit) ?? fallback
        return RangeSelection(base: start, head: headCommit)
    }
}
