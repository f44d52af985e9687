import VixenCore

/// A file of the DB component that the range changes, which the migration step applies.
///
/// NOTE: this is every changed file of the DB component, Alembic's `env.py` included. The
/// migration checks' own model of a migration (framework, revision, down script) replaces it once
/// those checks exist.
public struct PlannedMigration: Sendable, Equatable, Codable {
    /// The path relative to the repository root.
    public let path: String
    public let status: FileChange.Status

    public init(path: String, status: FileChange.Status) {
        self.path = path
        self.status = status
    }
}
