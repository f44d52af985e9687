import VixenCore

/// A rule with the texts that describe it in reports, such as the rule list of SARIF.
public protocol DescribedRule: Sendable {
    var id: RuleID { get }
    var defaultSeverity: Severity { get }
    /// One sentence naming the problem.
    var shortDescription: LocalizedText { get }
    /// What the rule reports and why it matters.
    var fullDescription: LocalizedText { get }
    /// How to resolve a finding.
    var help: LocalizedText { get }
}
