import VixenCore

/// Reads the range of a GitLab CI job from its predefined variables.
///
/// - A merge request pipeline (`CI_MERGE_REQUEST_IID` set, or `CI_PIPELINE_SOURCE=merge_request_event`)
///   runs from `CI_MERGE_REQUEST_DIFF_BASE_SHA`, else from the merge-base with
///   `origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME`, to `CI_MERGE_REQUEST_SOURCE_BRANCH_SHA`, else
///   `CI_COMMIT_SHA`.
/// - Any other pipeline runs from `CI_COMMIT_BEFORE_SHA` to `CI_COMMIT_SHA`. When that variable is the zero
///   id, the range starts at the merge-base with `origin/$CI_DEFAULT_BRANCH`.
///
/// GitLab sets `CI_COMMIT_BEFORE_SHA` to the zero id for a branch's or tag's first pipeline, for merge
/// request pipelines, and for scheduled and manual pipelines. In a merged results pipeline
/// `CI_COMMIT_SHA` is a merge commit that GitLab makes, so the source branch's tip is preferred.
///
/// NOTE: GitLab does not say whether a push was forced, so after a forced push the range still starts at
/// `CI_COMMIT_BEFORE_SHA`, which is usually missing from the clone, and the check stops with exit status 2.
enum GitLabCIPlanner {
    static func plan(environment: [String: String]) throws(CIError) -> CIRangePlan {
        let variables = CIVariables(environment: environment, provider: .gitlabCI)
        let pipelineSource = variables.optional("CI_PIPELINE_SOURCE") ?? "push"
        let commit = try variables.requiredCommit("CI_COMMIT_SHA")
        let isMergeRequest =
            variables.optional("CI_MERGE_REQUEST_IID") != nil || pipelineSource == "merge_request_event"

        let start: CIRangePlan.Start
        var head = commit
        if isMergeRequest {
            if let sourceTip = try variables.commit("CI_MERGE_REQUEST_SOURCE_BRANCH_SHA") {
                head = sourceTip
            }
            if let base = try variables.commit("CI_MERGE_REQUEST_DIFF_BASE_SHA") {
                start = .commit(base)
            } else {
                let reason = Catalog.ciReasonNoBaseCommit(event: pipelineSource)
                let branch =
                    variables.optional("CI_MERGE_REQUEST_TARGET_BRANCH_NAME")
                    ?? variables.optional("CI_DEFAULT_BRANCH")
                guard let branch else {
                    throw .missingDefaultBranch(
                        reason: reason, sources: ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "CI_DEFAULT_BRANCH"])
                }
                start = .mergeBase(branch: branch, reason: reason)
            }
        } else if let before = try variables.commit("CI_COMMIT_BEFORE_SHA") {
            start = .commit(before)
        } else {
            let reason =
                pipelineSource == "push"
                ? Catalog.ciReasonNewBranch() : Catalog.ciReasonNoBaseCommit(event: pipelineSource)
            guard let branch = variables.optional("CI_DEFAULT_BRANCH") else {
                throw .missingDefaultBranch(reason: reason, sources: ["CI_DEFAULT_BRANCH"])
            }
            start = .mergeBase(branch: branch, reason: reason)
        }

        return CIRangePlan(
            provider: .gitlabCI, event: pipelineSource, start: start, head: head, stepSummaryPath: nil)
    }
}
