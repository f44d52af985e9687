import VixenCore

/// One `checklist.*` rule: what it reports, how it is described, and the examples that prove it.
///
/// Every rule reports at its default severity; ``CheckEngine`` applies the configured
/// overrides afterwards, as for every family.
public protocol ChecklistRule: DescribedRule {
    /// Changes the rule must report and changes it must leave alone, which one test runs.
    var examples: RuleExamples { get }

    func findings(in input: ChecklistInput) throws -> [Finding]
}
