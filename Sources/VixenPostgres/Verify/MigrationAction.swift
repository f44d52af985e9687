/// One direction of a migration, as the verifier runs it.
public enum MigrationAction: Sendable, Equatable {
    /// A SQL file run by `psql -v ON_ERROR_STOP=1 -X -q -f`. A relative path is relative to
    /// ``VerificationOptions/workingDirectory``.
    case sqlFile(String)
    /// A shell command, such as `alembic upgrade +1`, run in
    /// ``VerificationOptions/workingDirectory`` with the scratch database's URL in its environment.
    case command(String)
}

/// A migration to apply, and for a new one, to prove reversible.
public struct Migration: Sendable, Equatable {
    /// The name shown in progress and errors, such as the up file's path or the revision.
    public var name: String
    public var up: MigrationAction
    /// The action that undoes ``up``; nil when the migration has none, which a new migration may
    /// not lack.
    public var down: MigrationAction?

    public init(name: String, up: MigrationAction, down: MigrationAction?) {
        self.name = name
        self.up = up
        self.down = down
    }
}
