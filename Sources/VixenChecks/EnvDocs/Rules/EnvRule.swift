import VixenCore

/// One `env.*` rule: what it reports, how it is described, and the examples that prove it.
///
/// Every rule reports at its default severity; ``CheckEngine`` applies the configured
/// overrides and inline suppressions afterwards, as for every family.
public protocol EnvRule: DescribedRule {
    /// Changes the rule must report and changes it must leave alone, which one test runs.
    var examples: [EnvRuleExample] { get }

    func findings(in analysis: EnvAnalysis) throws -> [Finding]
}
