import VixenCore

extension Configuration {
    /// Checks that every rule id under `severity` names a rule that exists.
    ///
    /// Parsing checks each id's form only, because custom rule files are read after the
    /// configuration, so callers run this once those files are loaded. Only the ids read from a
    /// file (``severityKeys``) are checked, since an override set in code has no position to report.
    ///
    /// - Parameter known: The ids of the built-in rules and of the rules in the custom rule files.
    /// - Throws: ``ConfigurationError`` at the first unknown id in file order, naming the closest
    ///   known id when one is close.
    public func validateSeverityRules(known: Set<RuleID>) throws(ConfigurationError) {
        guard let unknown = severityKeys.first(where: { !known.contains($0.value) }) else {
            return
        }
        let candidates = known.map(\.description).sorted()
        let suggestion = KeySuggestion.closest(to: unknown.value.description, among: candidates)
        throw ConfigurationError(
            source: unknown.source, line: unknown.line, column: unknown.column,
            message: Catalog.configUnknownSeverityRule(rule: unknown.value.description, suggestion: suggestion))
    }
}
