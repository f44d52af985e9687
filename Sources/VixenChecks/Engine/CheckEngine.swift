import VixenCore

/// Runs checks, applies the configured severities and orders the findings.
public struct CheckEngine: Sendable {
    public let checks: [any Check]

    public init(checks: [any Check]) {
        self.checks = checks
    }

    /// The checks that exist today, in the order their findings are listed.
    public static let standard = CheckEngine(checks: [LargeFileCheck()])

    /// Returns every finding, sorted by file, line and rule, with the configured severities.
    ///
    /// Findings of rules turned off are dropped. An error thrown by a check stops the run,
    /// because a check that could not run must block rather than pass.
    public func run(_ context: CheckContext) throws -> [Finding] {
        var findings: [Finding] = []
        for check in checks {
            for var finding in try check.run(context) {
                guard let severity = context.configuration.severity(of: finding.rule, default: finding.severity) else {
                    continue
                }
                finding.severity = severity
                findings.append(finding)
            }
        }
        return findings.sorted(by: Self.order)
    }

    private static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.file ?? "", lhs.line ?? 0, lhs.rule.description)
        let right = (rhs.file ?? "", rhs.line ?? 0, rhs.rule.description)
        return left < right
    }
}
