import VixenConfig

extension MigrationFramework {
    /// The framework's name as its own documentation writes it, for messages.
    public var displayName: String {
        switch self {
        case .alembic: "Alembic"
        case .sql: "SQL"
        case .dbmate: "dbmate"
        case .goose: "goose"
        case .flyway: "Flyway"
        case .liquibase: "Liquibase"
        case .django: "Django"
        case .knex: "Knex"
        case .prisma: "Prisma"
        }
    }
}
