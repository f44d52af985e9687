import VixenCore
import VixenReport

/// The warning that `check --ci` adds to secret findings: the commits a CI job checks were already
/// pushed, so a secret in them must be rotated, not only removed.
enum PushedSecretNotice {
    /// Returns `report` with ``Catalog/ciSecretAlreadyPushed()`` appended to the message of each
    /// `secret.*` finding that a commit introduced.
    ///
    /// Findings in the index or the work tree name no commit and were not pushed, so they keep their
    /// message. A report without a range, which `check` never builds, is returned as it is.
    static func marking(_ report: Report) -> Report {
        guard let range = report.range else {
            return report
        }
        let findings = report.findings.map { finding in
            guard finding.rule.family == .secret, finding.commit != nil else {
                return finding
            }
            let message = LocalizedText.joined([finding.message, Catalog.ciSecretAlreadyPushed()])
            return Finding(
                rule: finding.rule, severity: finding.severity, file: finding.file, line: finding.line,
                commit: finding.commit, message: message, secret: finding.secret)
        }
        return Report(range: range, components: report.components, files: report.files, findings: findings)
    }
}
