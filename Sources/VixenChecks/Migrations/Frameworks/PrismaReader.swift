import VixenConfig

/// Prisma Migrate migrations: `prisma/migrations/<timestamp>_<name>/migration.sql`, at any depth.
///
/// Prisma Migrate applies migrations forward only. Without a configured down script, each
/// migration is reported as forward-only, a warning. With `migrations.prisma.down_script`,
/// that file in the migration's folder must exist and undo it. Prisma does not wrap a
/// migration in a transaction, so its SQL is linted as running outside one. `migrations verify`
/// runs `migration.sql` and the down script through psql when a down script is configured, and
/// needs the configured commands otherwise.
struct PrismaReader: MigrationReader {
    let framework = MigrationFramework.prisma
    /// The down script's path relative to each migration's folder, or nil when none is kept.
    let downScript: String?
    let inTransaction: Bool

    func isCandidate(_ path: String) -> Bool {
        guard MigrationPaths.name(of: path) == "migration.sql" else {
            return false
        }
        let migrationsFolder = MigrationPaths.folder(of: MigrationPaths.folder(of: path))
        return MigrationPaths.name(of: migrationsFolder) == "migrations"
            && MigrationPaths.name(of: MigrationPaths.folder(of: migrationsFolder)) == "prisma"
    }

    func forwardPath(ofDown path: String, in tree: MigrationTree) -> String? {
        guard let downScript else {
            return nil
        }
        let suffix = "/" + downScript
        guard path.hasSuffix(suffix) else {
            return nil
        }
        let folder = String(path.dropLast(suffix.count))
        return MigrationPaths.join(folder, "migration.sql")
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        guard file.name == "migration.sql" else {
            return []
        }
        let folder = file.folder
        let id = MigrationPaths.name(of: folder)
        var issues: [ReversibilityIssue] = []
        var downPath: String?
        var scripts = MigrationScripts.frameworkCommands
        if let downScript {
            let path = MigrationPaths.join(folder, downScript)
            downPath = path
            let down = try tree.file(path)
            scripts = MigrationScripts(up: .sqlFile(path: file.path), down: down.map { .sqlFile(path: $0.path) })
            if let down {
                issues = DownShapeIssues.issues(
                    SQLText(down.text).shape(firstLine: 1), forwardIsEmpty: SQLText(file.text).statements().isEmpty,
                    path: path, line: 1, upName: "migration.sql", downName: downScript)
            } else {
                issues = [
                    ReversibilityIssue(
                        kind: .missing, path: file.path, line: 1, upName: "migration.sql", downName: path)
                ]
            }
        } else {
            issues = [
                ReversibilityIssue(
                    kind: .forwardOnly, path: file.path, line: 1, upName: "migration.sql", downName: "down.sql")
            ]
        }
        let sql = SQLSection(
            text: file.text, path: file.path, firstLine: 1, inTransaction: inTransaction, keepsLines: true)
        return [
            Migration(
                framework: framework, id: id, path: file.path, downPath: downPath, content: file.bytes,
                reversibility: issues, forwardSQL: [sql], scripts: scripts)
        ]
    }
}
