import VixenCore

extension ConfigurationSection {
    /// The `severity` section, a mapping from rule id to `error`, `warning`, `info` or `off`.
    ///
    /// Rule ids such as `git.file-too-large` are checked for form only, because rules can
    /// come from custom rule files that this section does not see. Each id keeps its position
    /// in ``Configuration/severityKeys``, so ``Configuration/validateSeverityRules(known:)``
    /// can report an unknown one once those files are loaded.
    static let severity = ConfigurationSection(key: "severity") {
        node, decoder, configuration throws(ConfigurationError) in
        guard let entries = try decoder.mappingEntries(node, path: "severity") else {
            return
        }
        for entry in entries {
            guard let rule = RuleID(parsing: entry.key.value) else {
                throw decoder.error(Catalog.configInvalidRuleID(value: entry.key.value), at: entry.key.mark)
            }
            let path = "severity.\(entry.key.value)"
            let scalar = try decoder.scalar(entry.value, path: path, example: "warning")
            guard let override = Configuration.SeverityOverride(name: scalar.value) else {
                let names = Configuration.SeverityOverride.names
                let suggestion = KeySuggestion.closest(to: scalar.value, among: names)
                let message = Catalog.configUnknownSeverity(
                    rule: rule.description, value: scalar.value, suggestion: suggestion)
                throw decoder.error(message, at: scalar.mark)
            }
            configuration.severityOverrides[rule] = override
            configuration.severityKeys.append(
                Configuration.Located(
                    rule, source: decoder.source, line: entry.key.mark.line, column: entry.key.mark.column))
        }
    }
}
