import VixenConfig

/// Finds the migrations a file of a tree holds, trying each framework's reader in turn.
///
/// Configured `paths` decide first: a file that a framework's globs match is read by that
/// framework only. Otherwise the readers of frameworks without configured paths judge the
/// path, in this order: Flyway, plain SQL pairs, Prisma, Alembic, Django, Knex, Liquibase,
/// dbmate, goose. The first reader that finds a migration in the file wins, so a `.sql` file
/// is a Liquibase, dbmate or goose migration by its marker comments.
struct MigrationFinder {
    private let readers: [any MigrationReader]
    private let configuredPaths: [MigrationFramework: [PathGlob]]
    private let alembicLayout: AlembicLayout

    init(settings: Configuration.Migrations, tree: MigrationTree) throws {
        func transaction(_ framework: MigrationFramework) -> Bool? {
            settings.settings(for: framework).inTransaction
        }
        let layout = try AlembicLayout(settings: settings.settings(for: .alembic), tree: tree)
        alembicLayout = layout
        readers = [
            FlywayReader(inTransaction: transaction(.flyway) ?? false),
            PlainSQLReader(inTransaction: transaction(.sql) ?? false),
            PrismaReader(
                downScript: settings.settings(for: .prisma).downScript, inTransaction: transaction(.prisma) ?? false),
            AlembicReader(layout: layout, inTransaction: transaction(.alembic) ?? true),
            DjangoReader(inTransaction: transaction(.django)),
            KnexReader(),
            LiquibaseReader(inTransaction: transaction(.liquibase)),
            DbmateReader(inTransaction: transaction(.dbmate)),
            GooseReader(inTransaction: transaction(.goose)),
        ]
        var configured: [MigrationFramework: [PathGlob]] = [:]
        for framework in MigrationFramework.allCases {
            if let paths = settings.settings(for: framework).paths {
                configured[framework] = paths
            }
        }
        configuredPaths = configured
    }

    /// Returns the readers that may hold migrations at `path`, in the order they are tried.
    func readers(for path: String) -> [any MigrationReader] {
        let configured = readers.filter { reader in
            configuredPaths[reader.framework]?.contains { $0.matches(path) } ?? false
        }
        if !configured.isEmpty {
            return configured
        }
        return readers.filter { configuredPaths[$0.framework] == nil && $0.isCandidate(path) }
    }

    /// Returns the migrations of the file at `path` in `tree`, or none when it contains none
    /// or cannot be read.
    func migrations(at path: String, in tree: MigrationTree) throws -> [Migration] {
        let candidates = readers(for: path)
        guard !candidates.isEmpty, let file = try tree.file(path) else {
            return []
        }
        for reader in candidates {
            let found = try reader.migrations(in: file, tree: tree)
            if !found.isEmpty {
                return found
            }
        }
        return []
    }

    /// Returns the forward file that the down file at `path` undoes, or nil.
    func forwardPath(ofDown path: String, in tree: MigrationTree) -> String? {
        for reader in readers {
            if let forward = reader.forwardPath(ofDown: path, in: tree) {
                return forward
            }
        }
        return nil
    }

    /// Returns the reader of `framework`.
    func reader(of framework: MigrationFramework) -> (any MigrationReader)? {
        readers.first { $0.framework == framework }
    }

    /// Returns the folders whose Alembic revisions share a history with the script at `path`.
    func alembicHistory(of path: String) -> [String]? {
        alembicLayout.history(of: path)
    }
}
