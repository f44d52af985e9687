import VixenChecks
import VixenCore
import VixenReport

extension RuleCatalog {
    /// The descriptions of the rules the built-in checks report, which the SARIF report lists.
    ///
    /// NOTE: the checks do not carry their own descriptions yet, so a new rule must be added here too.
    /// Until it is, SARIF describes it by its id alone.
    static let standard = RuleCatalog([
        RuleDescription(
            id: LargeFileCheck.rule,
            shortDescription: Catalog.ruleFileTooLargeShortDescription(),
            fullDescription: Catalog.ruleFileTooLargeFullDescription(),
            help: Catalog.ruleFileTooLargeHelp(),
            defaultSeverity: .warning)
    ])
}
