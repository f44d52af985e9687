import VixenGit

/// The branches a change comes from, where a `hotfix/` prefix marks critical severity.
enum BranchNames {
    /// The CI variables that name the branch.
    ///
    /// They are GitHub's pull request head and ref name, and GitLab's ref name and merge request
    /// source branch. CI jobs usually check out a detached HEAD, so these are often the only place
    /// the branch appears.
    static let variables = [
        "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
    ]

    /// Returns HEAD's branch, then the branches the CI variables name, without duplicates.
    static func current(_ repository: Repository, environment: [String: String]) -> [String] {
        var names: [String] = []
        if !repository.isHeadDetached, let branch = repository.headBranchName {
            names.append(branch)
        }
        for variable in variables {
            if let value = environment[variable], !value.isEmpty, !names.contains(value) {
                names.append(value)
            }
        }
        return names
    }
}
