import VixenCore

/// The `migration.*` rules about reversibility and history; the locking hazards are
/// ``MigrationHazard``'s.
public enum MigrationRule: String, CaseIterable, Sendable {
    case missingDown = "missing-down"
    case emptyDown = "empty-down"
    case raisingDown = "raising-down"
    case irreversibleOperation = "irreversible-operation"
    case noOpDown = "noop-down"
    case forwardOnly = "forward-only"
    case appliedEdited = "applied-edited"
    case appliedDeleted = "applied-deleted"
    case multipleHeads = "multiple-heads"
    case unknownDownRevision = "unknown-down-revision"
    case duplicateVersion = "duplicate-version"

    public var rule: RuleID { RuleID(.migration, rawValue) }

    /// The severity before `.vixen-gate.yml` overrides it: a declared no-op and Prisma's
    /// forward-only migrations warn, everything else blocks.
    public var defaultSeverity: Severity {
        switch self {
        case .noOpDown, .forwardOnly: .warning
        default: .error
        }
    }
}
