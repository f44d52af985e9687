import VixenCore

/// The documentation of one rule, which SARIF consumers show beside each of its results.
public struct RuleDescription: Sendable, Equatable {
    public let id: RuleID
    /// One sentence naming the problem, shown as the title of an alert.
    public let shortDescription: LocalizedText
    /// A paragraph on what the rule reports and why it matters.
    public let fullDescription: LocalizedText
    /// The steps that resolve a finding, including how to lower its severity when it is a false alarm.
    public let help: LocalizedText
    /// The severity before `.vixen-gate.yml` overrides it.
    public let defaultSeverity: Severity

    public init(
        id: RuleID,
        shortDescription: LocalizedText,
        fullDescription: LocalizedText,
        help: LocalizedText,
        defaultSeverity: Severity
    ) {
        self.id = id
        self.shortDescription = shortDescription
        self.fullDescription = fullDescription
        self.help = help
        self.defaultSeverity = defaultSeverity
    }
}
