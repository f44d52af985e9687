import Foundation

/// Settings of one verification.
public struct VerificationOptions: Sendable, Equatable {
    /// Tables in which migration tools record what they applied.
    ///
    /// A down migration leaves them in place (Alembic keeps `alembic_version` once created), so the
    /// schema comparison skips them. A migration that changes one of them is therefore not checked
    /// there.
    public static let bookkeepingTables = [
        "alembic_version", "schema_migrations", "goose_db_version", "flyway_schema_history", "django_migrations",
        "knex_migrations", "knex_migrations_lock", "_prisma_migrations", "databasechangelog",
        "databasechangeloglock",
    ]

    /// Proceed even when the database named in the URL contains tables.
    public var allowExistingTables: Bool
    /// The folder that commands run in and relative SQL file paths start from.
    public var workingDirectory: URL
    /// The variable that gives commands the scratch database's URL.
    public var urlVariable: String
    /// Tables left out of the schema comparison, as pg_dump `--exclude-table` patterns.
    public var ignoredTables: [String]

    public init(
        allowExistingTables: Bool = false,
        workingDirectory: URL,
        urlVariable: String = CommandRunner.defaultURLVariable,
        ignoredTables: [String] = VerificationOptions.bookkeepingTables
    ) {
        self.allowExistingTables = allowExistingTables
        self.workingDirectory = workingDirectory
        self.urlVariable = urlVariable
        self.ignoredTables = ignoredTables
    }
}
