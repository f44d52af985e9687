/// The pushed range that the pre-commit framework passes to a hook of its pre-push stage.
///
/// pre-commit reads git's pre-push input itself and sets environment variables for its hooks.
/// For the first pushed ref that brings commits it sets `PRE_COMMIT_FROM_REF` (the remote's old
/// commit, or the parent of the first new commit) and `PRE_COMMIT_TO_REF` (the pushed commit).
/// When the new commits reach a root commit it sets neither, only `PRE_COMMIT_LOCAL_BRANCH`.
/// `PRE_COMMIT_REMOTE_NAME` and `PRE_COMMIT_REMOTE_BRANCH` name the remote and the ref on it.
/// This is pre-commit 3.x's behavior, as its `hook_impl.py` implements it.
struct PreCommitRequest: Sendable, Equatable {
    /// The revision the range starts after, or nil to hide the remote's refs instead.
    let from: String?
    /// The revision the range ends at.
    let to: String
    let remote: String?
    /// The name shown for the range: the remote ref, else the local ref, else `to`.
    let label: String

    /// Reads the request from `environment`, or returns nil when neither `PRE_COMMIT_TO_REF` nor
    /// `PRE_COMMIT_LOCAL_BRANCH` is set, which means the hook does not run inside pre-commit's
    /// pre-push stage.
    ///
    /// Empty values count as unset.
    init?(environment: [String: String]) {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else {
                return nil
            }
            return value
        }

        let toRef = value("PRE_COMMIT_TO_REF")
        let localBranch = value("PRE_COMMIT_LOCAL_BRANCH")
        guard let to = toRef ?? localBranch else {
            return nil
        }
        self.to = to
        // A start without an end cannot be used, so the remote's refs are hidden instead.
        self.from = toRef == nil ? nil : value("PRE_COMMIT_FROM_REF")
        self.remote = value("PRE_COMMIT_REMOTE_NAME")
        self.label = value("PRE_COMMIT_REMOTE_BRANCH") ?? localBranch ?? to
    }
}
