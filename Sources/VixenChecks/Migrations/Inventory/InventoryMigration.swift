import VixenConfig

/// One migration of a tree, with what `migrations verify` needs to apply and undo it.
public struct InventoryMigration: Sendable, Equatable {
    public let framework: MigrationFramework
    /// The identifier the framework records: an Alembic revision, a file's version and name, a
    /// Liquibase `author:id`.
    public let id: String
    /// The file that contains the forward part.
    public let path: String
    /// The first line of the migration: 1 for a whole file, a Liquibase changeset's line.
    public let line: Int
    /// The version that orders the file, without leading zeros; nil where file names carry none.
    public let version: String?
    /// The separate file that undoes the migration, for frameworks that keep one.
    public let downPath: String?
    public let scripts: MigrationScripts
    /// The bytes that must not change once the migration is applied: its file, or its changeset's
    /// lines, so two trees' versions of a migration can be compared.
    public let content: [UInt8]

    init(_ migration: Migration) {
        framework = migration.framework
        id = migration.id
        path = migration.path
        line = migration.line
        version = migration.version
        downPath = migration.downPath
        scripts = migration.scripts
        content = migration.content
    }

    /// The name shown in progress and errors: the path, and for a Liquibase changeset its id too,
    /// because one file holds several changesets.
    public var displayName: String {
        framework == .liquibase ? "\(path) \(id)" : path
    }

    /// The migration's identity across two trees, as the framework records it.
    public var key: MigrationKey {
        MigrationKey(framework: framework, id: id)
    }
}

/// A migration's framework and identifier, equal for one migration in two trees.
public struct MigrationKey: Sendable, Hashable {
    public let framework: MigrationFramework
    public let id: String
}
