/// A CI system that `check --ci` reads the range from.
enum CIProvider: String, Sendable, Equatable {
    case githubActions = "GitHub Actions"
    case gitlabCI = "GitLab CI"

    /// The variable each CI sets to `true` in every job, which `--ci` looks for, in the order it looks.
    static let markers: [(provider: CIProvider, variable: String)] = [
        (.githubActions, "GITHUB_ACTIONS"),
        (.gitlabCI, "GITLAB_CI"),
    ]
}
