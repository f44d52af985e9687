import VixenCore

/// The outcome of a verification that ran to its end.
public struct VerificationReport: Sendable, Equatable {
    /// The name of the scratch database, which no longer exists.
    public let scratchDatabase: String
    /// The base's migrations applied before the new ones.
    public let baseMigrations: [String]
    /// The new migrations proven reversible, in order.
    public let reversible: [String]
    /// The first new migration that is not reversible, or nil when all are.
    public let failure: ReversibilityFailure?
    /// The new migrations after the failing one, which were not run, because the schema they
    /// would start from is already wrong.
    public let notVerified: [String]

    public var passed: Bool { failure == nil }
}

/// A new migration whose down migration does not restore the schema.
public struct ReversibilityFailure: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The migration has no down migration.
        case noDownMigration
        /// The schema after down differs from the schema before up.
        case downChangesSchema
        /// Applying the migration again after its down gives a schema that differs from the first
        /// up's, so up, down or both depend on state the comparison does not see.
        case upAgainChangesSchema
    }

    public let migration: String
    public let kind: Kind
    /// The normalized schema that should have resulted; empty for ``Kind/noDownMigration``.
    public let expectedSchema: String
    /// The normalized schema that did result; empty for ``Kind/noDownMigration``.
    public let actualSchema: String
}

/// Progress of a verification, reported as it happens.
public enum VerificationEvent: Sendable, Equatable {
    case scratchDatabaseCreated(String)
    case baseMigrationApplied(String)
    case migrationReversible(String)
    case scratchDatabaseDropped(String)
    /// The scratch database could not be dropped; the reader should drop it by hand.
    case scratchDatabaseNotDropped(String, reason: LocalizedText)
}
