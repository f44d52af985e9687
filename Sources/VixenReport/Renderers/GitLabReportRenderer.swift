import Foundation
import VixenCore

/// The report as a GitLab Code Quality report: a JSON array with one issue per finding, which GitLab
/// shows in the merge request widget and the pipeline's Code Quality tab.
///
/// Each issue has GitLab's documented fields: `description` (the message, in the report's language),
/// `check_name` (the rule id), `fingerprint` (see ``FindingFingerprint``, unique per finding, which GitLab
/// needs to tell issues apart), `severity`, `location.path` and `location.lines.begin`. An error is `critical`
/// for a `secret.*` rule, because a leaked secret must be revoked, and `major` for any other rule. A warning
/// is `minor`, and info is `info`.
///
/// GitLab requires a path and a line for every issue. A finding without a line is placed on line 1 of its
/// file, and a finding about the whole range, which has no file, on line 1 of ``rangePath``, the
/// repository root. The output is pretty-printed with sorted keys and ends with a newline.
public struct GitLabReportRenderer: ReportRenderer, Sendable {
    /// The path of findings about the whole range: the repository root.
    public static let rangePath = "."

    public init() {}

    struct Issue: Encodable {
        struct Location: Encodable {
            let path: String
            let lines: Lines
        }

        struct Lines: Encodable {
            let begin: Int
        }

        let description: String
        let checkName: String
        let fingerprint: String
        let severity: String
        let location: Location

        enum CodingKeys: String, CodingKey {
            case description
            case checkName = "check_name"
            case fingerprint
            case severity
            case location
        }
    }

    public func render(_ report: Report, language: Language) -> String {
        let fingerprints = FindingFingerprint.fingerprints(of: report.findings)
        let issues = zip(report.findings, fingerprints).map { finding, fingerprint in
            Issue(
                description: finding.message(language),
                checkName: finding.rule.description,
                fingerprint: fingerprint,
                severity: Self.severity(of: finding),
                location: Issue.Location(
                    path: finding.file ?? Self.rangePath,
                    lines: Issue.Lines(begin: max(1, finding.line ?? 1))))
        }

        return JSONText.encode(issues)
    }

    /// Returns GitLab's severity for a finding: info, minor, major or critical.
    static func severity(of finding: Finding) -> String {
        switch finding.severity {
        case .error: finding.rule.family == .secret ? "critical" : "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
