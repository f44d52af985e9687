/// The format `check` writes a report in, on standard output with `--format` or to a file with `--output`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// For people at a terminal or in a CI log.
    case text
    /// For tools: the report as one JSON object.
    case json
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF consumers.
    case sarif
    /// JUnit XML, for CI systems that show test results.
    case junit
    /// GitHub Actions workflow commands, which GitHub shows as annotations.
    case github
    /// GitHub-flavored Markdown, for a job's step summary or a merge request comment.
    case markdown
    /// GitLab's Code Quality report.
    case gitlab
}
