/// The entry point of `--ci`: finds which CI the job runs in and reads the range it describes.
///
/// It reads only the environment dictionary and the files it names, both passed in, so it is tested
/// without processes and without changing the test runner's environment.
enum CIDetector {
    /// The variables looked for, as the error for an unknown CI lists them.
    static var lookedFor: [String] {
        CIProvider.markers.map { "\($0.variable)=true (\($0.provider.rawValue))" }
    }

    /// Returns the range of the CI job that `environment` describes.
    ///
    /// GitHub Actions is recognized by `GITHUB_ACTIONS=true` and GitLab CI by `GITLAB_CI=true`; when both
    /// are set, GitHub Actions wins.
    ///
    /// - Parameter readFile: Reads a file the environment names, such as GitHub's event file.
    /// - Throws: ``CIError`` when no known CI is found or its variables do not describe a range.
    static func plan(
        environment: [String: String],
        readFile: (String) throws(FileAccessError) -> [UInt8]
    ) throws(CIError) -> CIRangePlan {
        for marker in CIProvider.markers where environment[marker.variable]?.lowercased() == "true" {
            switch marker.provider {
            case .githubActions:
                return try GitHubActionsPlanner.plan(environment: environment, readFile: readFile)
            case .gitlabCI:
                return try GitLabCIPlanner.plan(environment: environment)
            }
        }
        throw .unknownEnvironment(lookedFor: lookedFor)
    }
}
