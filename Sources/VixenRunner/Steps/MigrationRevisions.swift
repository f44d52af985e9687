import VixenCore
import VixenDeploy

/// Counts the migrations a plan adds, which is how many the up command applies and a rollback undoes.
///
/// A migration is an added file of the DB component that is an Alembic revision (a `.py` file in a
/// `versions` folder) or an SQL file that applies a change. Down scripts such as `0003_down.sql`,
/// `0003.down.sql` and Flyway's `U3__name.sql` are left out.
enum MigrationRevisions {
    static func count(_ migrations: [PlannedMigration]) -> Int {
        migrations.filter { $0.status == .added && isRevision($0.path) }.count
    }

    static func isRevision(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        guard let name = parts.last?.lowercased() else {
            return false
        }
        if name.hasSuffix(".py") {
            return parts.dropLast().contains("versions") && !name.hasPrefix("__")
        }
        guard name.hasSuffix(".sql") else {
            return false
        }
        let isDown = name.hasSuffix("_down.sql") || name.hasSuffix(".down.sql")
        let isFlywayUndo = name.hasPrefix("u") && name.contains("__")
        return !isDown && !isFlywayUndo
    }
}
