extension Configuration {
    /// The `database` section: where the PostgreSQL tools are, and how `migrations verify` and
    /// backups run.
    public struct Database: Sendable, Equatable {
        /// The folder that contains psql, pg_dump and pg_restore, or nil to search PATH and
        /// `/usr/lib/postgresql/*/bin`.
        public var pgBin: String?
        /// The environment variable that gives migration commands the database URL.
        public var urlVariable: String
        /// Commands that apply and undo one migration, or nil to verify SQL files only.
        public var verify: Verify?
        public var backup: Backup
        /// The commands a deployment runs on the target's database, or nil when none is configured.
        ///
        /// `upCommand` applies every pending migration, such as `alembic upgrade head`, and
        /// `downCommand` undoes one, such as `alembic downgrade -1`; a rollback runs it once per
        /// migration the deployment applied.
        public var migrate: Verify?
        /// The environment variable that contains each environment's database URL, such as
        /// `PROD_DATABASE_URL`, so the URL and its password stay out of the file.
        public var urlEnvironment: [Configuration.DeploymentEnvironment: String]

        public init(
            pgBin: String? = nil, urlVariable: String = "DATABASE_URL", verify: Verify? = nil,
            backup: Backup = Backup(),
            migrate: Verify? = nil, urlEnvironment: [Configuration.DeploymentEnvironment: String] = [:]
        ) {
            self.pgBin = pgBin
            self.urlVariable = urlVariable
            self.verify = verify
            self.backup = backup
            self.migrate = migrate
            self.urlEnvironment = urlEnvironment
        }

        public static let `default` = Database()

        /// The commands of `database.verify`, such as `alembic upgrade +1` and `alembic downgrade -1`.
        public struct Verify: Sendable, Equatable {
            /// Applies the next migration.
            public var upCommand: String
            /// Undoes the last applied migration.
            public var downCommand: String
            /// The folder the commands run in, relative to the repository root and without `.` or `..`
            /// components, or nil for the root.
            public var workingDirectory: String?

            public init(upCommand: String, downCommand: String, workingDirectory: String? = nil) {
                self.upCommand = upCommand
                self.downCommand = downCommand
                self.workingDirectory = workingDirectory
            }
        }

        /// The settings of `database.backup`.
        public struct Backup: Sendable, Equatable {
            /// The folder backups are written to, as written; nil when none is configured.
            public var folder: String?
            /// How many backups of a database to keep; 7 by default, one week of daily backups.
            public var keep: Int

            public init(folder: String? = nil, keep: Int = 7) {
                self.folder = folder
                self.keep = keep
            }
        }
    }
}
