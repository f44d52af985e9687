import VixenCore

/// The range a CI job describes, before the repository is read: which commit each end is.
struct CIRangePlan: Sendable, Equatable {
    /// The start of the range.
    enum Start: Sendable, Equatable {
        /// A commit the CI names, such as a pull request's base or the commit before a push.
        case commit(CICommit)
        /// The merge-base of the head with `origin/<branch>`, when the CI names no usable base commit,
        /// as for a new branch.
        ///
        /// `reason` is the first clause of the error shown when the clone lacks that branch, such as
        /// ``Catalog/ciReasonNewBranch()``.
        case mergeBase(branch: String, reason: LocalizedText)
    }

    let provider: CIProvider
    /// The kind of pipeline, such as `pull_request` or `merge_request_event`, as the CI names it.
    let event: String
    let start: Start
    let head: CICommit
    /// The file GitHub shows as the step's summary, from `GITHUB_STEP_SUMMARY`; nil elsewhere.
    let stepSummaryPath: String?
}
