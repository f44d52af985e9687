import VixenCore
import VixenGit

/// The commit look-ups that resolving a CI range needs, which ``Repository`` provides.
///
/// Declared so that the resolution is tested against a table of commits instead of a repository on disk.
protocol CommitLookup {
    func resolveCommit(_ revision: String) throws(GitError) -> ObjectID
    func mergeBase(_ first: ObjectID, _ second: ObjectID) throws(GitError) -> ObjectID?
}

extension Repository: CommitLookup {}

/// Turns a ``CIRangePlan`` into the commits of the range.
enum CIRangeResolver {
    /// Resolves both ends of `plan`, with `base` and `head` (the `--base` and `--head` values) replacing
    /// the end they name.
    ///
    /// A commit the CI names but the clone lacks, as in a shallow clone, stops the check with git's own
    /// explanation, which names the fetch that adds it, after a sentence saying which variable named the
    /// commit. A merge-base start needs `origin/<branch>`; when the clone lacks it, the error names the
    /// `git fetch` that adds it. When the head shares no history with that branch, the range starts after
    /// the branch's tip, as the default range of `check` does.
    static func resolve(_ plan: CIRangePlan, in repository: some CommitLookup, base: String?, head: String?)
        throws(RunFailure) -> RangeSelection
    {
        let headCommit: ObjectID
        if let head {
            headCommit = try lookUp { () throws(GitError) in try repository.resolveCommit(head) }
        } else {
            headCommit = try resolve(plan.head, end: Catalog.ciRangeHead(), in: repository)
        }

        if let base {
            let baseCommit = try lookUp { () throws(GitError) in try repository.resolveCommit(base) }
            return RangeSelection(base: baseCommit, head: headCommit)
        }
        switch plan.start {
        case .commit(let commit):
            return RangeSelection(
                base: try resolve(commit, end: Catalog.ciRangeBase(), in: repository), head: headCommit)
        case .mergeBase(let branch, let reason):
            let tip: ObjectID
            do {
                tip = try repository.resolveCommit("refs/remotes/origin/" + branch)
            } catch {
                if case .unknownRevision = error {
                    throw .message(Catalog.ciDefaultBranchMissing(branch, reason: reason))
                }
                throw .git(error)
            }
            let start = try lookUp { () throws(GitError) in try repository.mergeBase(tip, headCommit) }
            return RangeSelection(base: start ?? tip, head: headCommit)
        }
    }

    private static func resolve(_ commit: CICommit, end: LocalizedText, in repository: some CommitLookup)
        throws(RunFailure) -> ObjectID
    {
        do {
            return try repository.resolveCommit(commit.id)
        } catch {
            let context = Catalog.ciCommitUnavailable(end: end, commit: commit.id, source: commit.source)
            throw .message(LocalizedText.joined([context, error.message]))
        }
    }

    private static func lookUp<Value>(_ body: () throws(GitError) -> Value) throws(RunFailure) -> Value {
        do {
            return try body()
        } catch {
            throw .git(error)
        }
    }
}
