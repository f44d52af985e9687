import VixenCore

/// Runs checks, applies the configured severities and orders the findings.
public struct CheckEngine: Sendable {
    public let checks: [any Check]

    public init(checks: [any Check]) {
        self.checks = checks
    }

    /// The checks that exist today, in the order their findings are listed.
    public static let standard = CheckEngine.standard(customSecretRules: [])

    /// Returns the standard checks, with the custom secret rule files that the configuration's
    /// `secrets.rule_files` names, read from where the configuration came from.
    ///
    /// - Parameter baselineSalt: The salt of the secret baseline the findings are compared with
    ///   or written to, or nil when there is none.
    public static func standard(customSecretRules: [RuleFileBytes], baselineSalt: [UInt8]? = nil) -> CheckEngine {
        CheckEngine(checks: [
            LargeFileCheck(), SensitiveFileCheck(),
            SecretsCheck(customRuleFiles: customSecretRules, baselineSalt: baselineSalt),
            ChecklistCheck(),
            MigrationsCheck(),
            EnvCheck(),
        ])
    }

    /// Returns every finding, sorted by file, line and rule, with the configured severities.
    ///
    /// Findings of rules turned off, and findings whose line carries a `vixen-gate:allow`
    /// comment (see ``InlineSuppression``), are dropped. An error thrown by a check stops the
    /// run, because a check that could not run must block rather than pass.
    public func run(_ context: CheckContext) throws -> [Finding] {
        let suppression = InlineSuppression(changes: context.changes)
        var findings: [Finding] = []
        for check in checks {
            for var finding in try check.run(context) where !suppression.isSuppressed(finding) {
                guard let severity = context.configuration.severity(of: finding.rule, default: finding.severity) else {
                    continue
                }
                finding.severity = severity
                findings.append(finding)
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }
}
