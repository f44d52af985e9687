import VixenCore

/// Reads the range of a GitHub Actions job from its variables and its event file.
///
/// - Pull request events (`pull_request`, `pull_request_target` and the review events) run from
///   `pull_request.base.sha`, else from the merge-base with `origin/$GITHUB_BASE_REF`, to
///   `pull_request.head.sha`, else `GITHUB_SHA`.
/// - `merge_group` runs from `merge_group.base_sha` to `merge_group.head_sha`, else `GITHUB_SHA`.
/// - `push` runs from `before` to `after`, else `GITHUB_SHA`. When `before` is the zero id (a new branch
///   or tag) or the push was forced, the range starts at the merge-base with the default branch.
/// - Any other event runs from the merge-base with the default branch to `GITHUB_SHA`.
///
/// The pull request's head is preferred to `GITHUB_SHA`, which for `pull_request` is a merge commit
/// that GitHub makes and for `pull_request_target` the base branch's tip, because annotations must point
/// at the lines of the branch under review. The default branch is `repository.default_branch` from the
/// event file. After a forced push the commit before it is usually missing from the clone and not an
/// ancestor of the new head, so the range starts at the default branch instead.
enum GitHubActionsPlanner {
    static let pullRequestEvents: Set<String> = [
        "pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment",
    ]

    static func plan(
        environment: [String: String],
        readFile: (String) throws(FileAccessError) -> [UInt8]
    ) throws(CIError) -> CIRangePlan {
        let variables = CIVariables(environment: environment, provider: .githubActions)
        let eventName = try variables.required("GITHUB_EVENT_NAME")
        let event = try loadEvent(variables, readFile: readFile)

        let start: CIRangePlan.Start
        let head: CICommit
        if pullRequestEvents.contains(eventName) {
            let event = try required(event)
            head = try headCommit(event, field: "pull_request.head.sha", variables: variables)
            if let base = try event.commit("pull_request.base.sha") {
                start = .commit(base)
            } else if let baseBranch = variables.optional("GITHUB_BASE_REF") {
                start = .mergeBase(branch: baseBranch, reason: Catalog.ciReasonNoBaseCommit(event: eventName))
            } else {
                throw .missingEventField("pull_request.base.sha", event: eventName, path: event.path)
            }
        } else if eventName == "merge_group" {
            let event = try required(event)
            head = try headCommit(event, field: "merge_group.head_sha", variables: variables)
            guard let base = try event.commit("merge_group.base_sha") else {
                throw .missingEventField("merge_group.base_sha", event: eventName, path: event.path)
            }
            start = .commit(base)
        } else if eventName == "push" {
            let event = try required(event)
            head = try headCommit(event, field: "after", variables: variables)
            if event.bool("forced") == true {
                start = try defaultBranchStart(event, reason: Catalog.ciReasonForcedPush())
            } else if let before = try event.commit("before") {
                start = .commit(before)
            } else {
                start = try defaultBranchStart(event, reason: Catalog.ciReasonNewBranch())
            }
        } else {
            head = try variables.requiredCommit("GITHUB_SHA")
            start = try defaultBranchStart(event, reason: Catalog.ciReasonNoBaseCommit(event: eventName))
        }

        return CIRangePlan(
            provider: .githubActions, event: eventName, start: start, head: head,
            stepSummaryPath: variables.optional("GITHUB_STEP_SUMMARY"))
    }

    /// Reads the file that `GITHUB_EVENT_PATH` names, or returns nil when the variable is unset.
    private static func loadEvent(
        _ variables: CIVariables,
        readFile: (String) throws(FileAccessError) -> [UInt8]
    ) throws(CIError) -> GitHubEvent? {
        guard let path = variables.optional("GITHUB_EVENT_PATH") else {
            return nil
        }
        let bytes: [UInt8]
        do {
            bytes = try readFile(path)
        } catch {
            throw .eventUnreadable(path: path, reason: error.reason)
        }
        return try GitHubEvent(path: path, bytes: bytes)
    }

    /// Returns the commit at `field` of the event, else the one `GITHUB_SHA` names.
    private static func headCommit(_ event: GitHubEvent, field: String, variables: CIVariables) throws(CIError)
        -> CICommit
    {
        if let commit = try event.commit(field) {
            return commit
        }
        return try variables.requiredCommit("GITHUB_SHA")
    }

    private static func required(_ event: GitHubEvent?) throws(CIError) -> GitHubEvent {
        guard let event else {
            throw .missingVariable("GITHUB_EVENT_PATH", provider: .githubActions)
        }
        return event
    }

    /// Returns a start at the merge-base with the repository's default branch, named by the event file.
    private static func defaultBranchStart(_ event: GitHubEvent?, reason: LocalizedText) throws(CIError)
        -> CIRangePlan.Start
    {
        guard let branch = event?.string("repository.default_branch") else {
            throw .missingDefaultBranch(reason: reason, sources: ["repository.default_branch (GITHUB_EVENT_PATH)"])
        }
        return .mergeBase(branch: branch, reason: reason)
    }
}
