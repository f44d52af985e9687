import VixenCore
import VixenDeploy
import VixenGit

/// The commits a plan covers: from what the environment runs to what it will run.
struct PlanRangeSelection {
    let base: ObjectID
    let head: ObjectID
    /// The revision or reference the base was resolved from, as the plan shows it.
    let baseRevision: String
    /// The revision or reference the head was resolved from, as the plan shows it.
    let headRevision: String
    /// Notes on how the range was chosen, for the plan to show.
    let notes: [PlanNote]

    /// Resolves `--base` and `--head`, or their defaults for `target`.
    ///
    /// The base defaults to the commit of the target's deployed reference (production's for a hotfix).
    /// Without that reference the plan cannot know what runs, so it stops with a message that names
    /// `--base`. The
    /// head defaults to HEAD, except for production, where it is what staging runs when that is
    /// recorded, because a release goes to production only after it ran on staging.
    static func resolve(_ repository: Repository, target: DeployTarget, base: String?, head: String?)
        throws(RunFailure) -> PlanRangeSelection
    {
        let start: (commit: ObjectID, revision: String)
        if let base {
            start = (try git { () throws(GitError) in try repository.resolveCommit(base) }, base)
        } else {
            let reference = target.deployedReference
            guard let commit = try deployedCommit(repository, reference: reference) else {
                throw .message(
                    Catalog.planNoDeployedState(
                        reference: reference, environment: Catalog.planEnvironment(target.stateTarget.rawValue),
                        target: target.stateTarget.rawValue))
            }
            start = (commit, reference)
        }

        var notes: [PlanNote] = []
        let end: (commit: ObjectID, revision: String)
        if let head {
            end = (try git { () throws(GitError) in try repository.resolveCommit(head) }, head)
        } else if target == .production {
            let staging = DeployTarget.staging.deployedReference
            if let commit = try deployedCommit(repository, reference: staging) {
                end = (commit, staging)
            } else {
                notes.append(.productionHeadIsHEAD(missingReference: staging))
                end = (try git { () throws(GitError) in try repository.headCommit() }, "HEAD")
            }
        } else {
            end = (try git { () throws(GitError) in try repository.headCommit() }, "HEAD")
        }
        return PlanRangeSelection(
            base: start.commit, head: end.commit, baseRevision: start.revision, headRevision: end.revision,
            notes: notes)
    }

    /// Returns the commit that a deployed reference records, or nil when the reference does not exist.
    private static func deployedCommit(_ repository: Repository, reference: String) throws(RunFailure) -> ObjectID? {
        guard let found = try git({ () throws(GitError) in try repository.reference(named: reference) }) else {
            return nil
        }
        guard let commit = found.commit else {
            throw .message(Catalog.planDeployedReferenceNotACommit(reference))
        }
        return commit
    }
}
