import VixenChecks
import VixenConfig
import VixenCore

/// The migrations a verification applies, chosen from the inventories of a range's two ends.
///
/// A migration is new when the base has no migration with its framework and id. Base
/// migrations are applied as the base has them, in each framework's apply order, then the new
/// ones in the head's order.
struct VerifySelection {
    /// The base's migrations, in apply order.
    let base: [InventoryMigration]
    /// The head's migrations that the base lacks, in apply order.
    let new: [InventoryMigration]
    /// Base migrations that the head changes or no longer has.
    let changedBase: [InventoryMigration]

    init(base: [InventoryMigration], head: [InventoryMigration]) {
        self.base = base
        let baseKeys = Set(base.map(\.key))
        new = head.filter { !baseKeys.contains($0.key) }
        let headByKey = Dictionary(head.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        changedBase = base.filter { headByKey[$0.key]?.content != $0.content }
    }

    /// Returns the framework whose migrations run through `database.verify`'s commands, or nil
    /// when every migration runs through psql.
    ///
    /// Every migration of a framework runs through the commands once one of them needs them,
    /// because the framework's tool keeps its own record of what it applied.
    ///
    /// - Throws: When a migration needs commands and none are configured, or when migrations of
    ///   several frameworks need them, since one pair of commands cannot run both.
    func commandFramework(commandsConfigured: Bool) throws(RunFailure) -> MigrationFramework? {
        let needing = (new + base).filter(\.scripts.needsCommand)
        var frameworks: [MigrationFramework] = []
        for migration in needing where !frameworks.contains(migration.framework) {
            frameworks.append(migration.framework)
        }
        guard let first = needing.first else {
            return nil
        }
        guard commandsConfigured else {
            throw .message(
                Catalog.migrationsVerifyNeedsCommands(
                    migration: first.displayName, framework: first.framework.displayName))
        }
        guard frameworks.count == 1 else {
            throw .message(Catalog.migrationsVerifyCommandsAmbiguous(frameworks: frameworks.map(\.displayName)))
        }
        return first.framework
    }
}
