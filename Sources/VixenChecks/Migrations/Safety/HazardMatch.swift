/// One hazard found in a migration's text.
public struct HazardMatch: Sendable, Equatable {
    public let hazard: MigrationHazard
    /// 1-based line, within the text that was linted, where the statement starts.
    public let line: Int
    /// What the statement acts on, as written: `users.email`, `ix_users_email`, `users`.
    public let subject: String

    public init(hazard: MigrationHazard, line: Int, subject: String) {
        self.hazard = hazard
        self.line = line
        self.subject = subject
    }
}
