import VixenCore

// TODO: temporary stand-ins until the SQL linter brings its own `defaultSeverity` and
// `message(subject:)` for these hazards; delete this file when they exist.
extension MigrationHazard {
    /// The severity of the hazard's findings before the configuration overrides it.
    public var defaultSeverity: Severity {
        self == .foreignKeyWithoutIndex ? .warning : .error
    }

    /// Returns the finding's message for the hazard on `subject`, the table, column, index or
    /// constraint it acts on.
    public func message(subject: String) -> LocalizedText {
        LocalizedText(
            en: "\(subject): \(Catalog.ruleMigrationShortDescription(rawValue).english).",
            es: "\(subject): \(Catalog.ruleMigrationShortDescription(rawValue).spanish).")
    }
}
