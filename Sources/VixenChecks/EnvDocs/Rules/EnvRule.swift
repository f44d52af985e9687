import VixenCore

/// One `env.*` rule: what it reports, how it is described, and the examples that prove it.
///
/// Every rule reports at its default severity; ``CheckEngine`` applies the configured
/// overrides and inline suppressions afterwards, as for every family.
public protocol EnvRule: Sendable {
    var id: RuleID { get }
    var defaultSeverity: Severity { get }
    /// One sentence naming the problem.
    var shortDescription: LocalizedText { get }
    /// What the rule reports and why it matters.
    var fullDescription: LocalizedText { get }
    /// How to resolve a finding.
    var help: LocalizedText { get }
    /// Changes the rule must report and changes it must leave alone, which one test runs.
    var examples: [EnvRuleExample] { get }

    func findings(in analysis: EnvAnalysis) throws -> [Finding]
}
