import VixenChecks
import VixenConfig
import VixenCore
import VixenReport

/// Checks the rule ids under `severity` in `.vixen-gate.yml` against the rules that exist, so a
/// mistyped id blocks instead of silently changing nothing.
///
/// The known ids are the built-in rules of every family (``RuleCatalog/standard``) and the rules
/// in the custom rule files that the configuration names.
enum SeverityRuleValidation {
    /// Raises an error for the first rule id under `severity` that no known rule has.
    ///
    /// - Throws: ``RunFailure/configuration(_:)`` at the first unknown id. When a custom rule
    ///   file has errors, the unknown id may belong to a rule that failed to parse, so the rule
    ///   files' errors are raised instead.
    static func validate(_ configuration: Configuration, customRuleFiles: [RuleFileBytes]) throws(RunFailure) {
        guard !configuration.severityKeys.isEmpty else {
            return
        }
        let custom = RuleFileParser.parse(customRuleFiles)
        var known = Set(RuleCatalog.standard.rules.map(\.id))
        known.formUnion(custom.rules.map(\.id))
        do {
            try configuration.validateSeverityRules(known: known)
        } catch {
            guard custom.isValid else {
                let errors = custom.problems.filter { $0.level == .error }
                throw .message(Catalog.secretsInvalidRules(errors.map(\.line)))
            }
            throw .configuration(error)
        }
    }
}
