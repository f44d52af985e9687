/// The way one direction of a migration runs when it is applied outside the framework's own tool.
public enum MigrationScript: Sendable, Equatable {
    /// A whole SQL file of the tree, which psql runs as it is.
    case sqlFile(path: String)
    /// SQL cut out of a file, such as a dbmate section or a Liquibase changeset. It runs inside
    /// one transaction when `inTransaction` is true, as the framework runs it.
    case sql(String, inTransaction: Bool)
    /// Code that only the framework's own tool can run, such as an Alembic revision or a goose Go
    /// migration, so `database.verify`'s commands must run it.
    case frameworkCommand
}

/// The two directions of a migration.
public struct MigrationScripts: Sendable, Equatable {
    public let up: MigrationScript
    /// The direction that undoes ``up``; nil when the migration has no down part.
    public let down: MigrationScript?

    public init(up: MigrationScript, down: MigrationScript?) {
        self.up = up
        self.down = down
    }

    /// Both directions run by the framework's tool.
    public static let frameworkCommands = MigrationScripts(up: .frameworkCommand, down: .frameworkCommand)

    /// Whether either direction needs the framework's tool.
    public var needsCommand: Bool {
        up == .frameworkCommand || down == .frameworkCommand
    }
}
