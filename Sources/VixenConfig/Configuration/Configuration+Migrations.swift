import VixenCore

/// A migration tool whose files vixen-gate reads.
///
/// The raw values are the keys of the `migrations` section in `.vixen-gate.yml`.
public enum MigrationFramework: String, CaseIterable, Sendable, Hashable {
    case alembic
    /// Plain SQL pairs: `<version>_<name>.up.sql` with `.down.sql` (golang-migrate, sqlx) or
    /// `<version>_<name>_up.sql` with `_down.sql`.
    case sql
    case dbmate
    case goose
    case flyway
    case liquibase
    case django
    case knex
    case prisma
}

extension Configuration {
    /// The `migrations` section: where each framework's migrations live and how they run.
    public struct Migrations: Sendable, Equatable {
        /// Settings per framework; a framework without an entry is detected from the layout.
        public var frameworks: [MigrationFramework: MigrationSettings]

        public init(frameworks: [MigrationFramework: MigrationSettings] = [:]) {
            self.frameworks = frameworks
        }

        public static let `default` = Migrations()

        /// Returns the settings of `framework`, or the defaults when the file sets none.
        public func settings(for framework: MigrationFramework) -> MigrationSettings {
            frameworks[framework] ?? MigrationSettings()
        }
    }

    /// The settings that find and run one framework's migrations.
    public struct MigrationSettings: Sendable, Equatable {
        /// Globs of the framework's migration files, replacing its detection from the layout;
        /// nil to detect them, and an empty list to read none.
        public var paths: [PathGlob]?
        /// Alembic only: the folders of revision scripts, which together form one history.
        ///
        /// Nil to take `<script_location>/versions` from every `alembic.ini`.
        public var versionFolders: [String]?
        /// Prisma only: the down script's path relative to each migration's folder, such as
        /// `down.sql`; nil when the team writes none.
        public var downScript: String?
        /// Whether the tool runs each migration inside a transaction, which makes
        /// `CREATE INDEX CONCURRENTLY` fail; nil for the framework's own default.
        public var inTransaction: Bool?

        public init(
            paths: [PathGlob]? = nil, versionFolders: [String]? = nil, downScript: String? = nil,
            inTransaction: Bool? = nil
        ) {
            self.paths = paths
            self.versionFolders = versionFolders
            self.downScript = downScript
            self.inTransaction = inTransaction
        }
    }
}
