import Testing

/// The tests of the report formats for tools and CI.
///
/// The suites of SARIF, JUnit, GitHub annotations, Markdown and GitLab Code Quality are nested here, so
/// that `swift test --filter Formats` selects them.
@Suite enum Formats {}
