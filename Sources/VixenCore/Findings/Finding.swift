/// One problem a check found, tied to a place in the change when it has one.
public struct Finding: Sendable, Equatable {
    public let rule: RuleID
    public var severity: Severity
    /// Path relative to the repository root, or nil for a finding about the whole range.
    public let file: String?
    /// 1-based line on the new side of the change.
    public let line: Int?
    /// Full hex id of the commit that introduced the problem, when one commit did.
    public let commit: String?
    public let message: LocalizedText
    /// The redacted form of the secret value a `secret.*` finding reports; nil for other findings.
    public let secret: RedactedSecret?

    public init(
        rule: RuleID,
        severity: Severity,
        file: String? = nil,
        line: Int? = nil,
        commit: String? = nil,
        message: LocalizedText,
        secret: RedactedSecret? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.commit = commit
        self.message = message
        self.secret = secret
    }
}
