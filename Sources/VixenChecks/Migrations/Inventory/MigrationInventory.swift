import VixenConfig
import VixenCore

/// Every migration of a tree, per framework in the order the framework applies them.
///
/// It reads the tree with the same discovery as the migration check (``MigrationFinder``), so
/// `migrations verify` applies exactly the migrations the check judges. Files larger than
/// `limits.max_file_size` are not read, as for the check; ``oversizedPaths`` lists them, so a
/// caller that must apply every migration can stop instead of skipping one.
public struct MigrationInventory: Sendable {
    /// The migrations, grouped by framework in ``MigrationFramework/allCases`` order, each group in
    /// its apply order (see ``MigrationApplyOrder``).
    public let migrations: [InventoryMigration]
    /// The files in a migration folder that are larger than `limits.max_file_size`, sorted.
    public let oversizedPaths: [String]

    /// Reads every migration of `snapshot` with the `migrations` settings of `configuration`.
    public init(snapshot: any RepositorySnapshot, configuration: Configuration) throws {
        let tree = MigrationTree(snapshot: snapshot, maxFileSize: configuration.limits.maxFileSize)
        let finder = try MigrationFinder(settings: configuration.migrations, tree: tree)
        var found: [Migration] = []
        var oversized: [String] = []
        for path in tree.paths where !finder.readers(for: path).isEmpty {
            if try tree.isOversized(path) {
                oversized.append(path)
                continue
            }
            found += try finder.migrations(at: path, in: tree)
        }
        oversizedPaths = oversized
        var ordered: [InventoryMigration] = []
        for framework in MigrationFramework.allCases {
            let group = found.filter { $0.framework == framework }
            ordered += MigrationApplyOrder.sorted(group, framework: framework).map(InventoryMigration.init)
        }
        migrations = ordered
    }

    /// Returns the migrations of `framework` in apply order.
    public func migrations(of framework: MigrationFramework) -> [InventoryMigration] {
        migrations.filter { $0.framework == framework }
    }

    /// Returns the migration with `key`, or nil when the tree has none.
    public func migration(_ key: MigrationKey) -> InventoryMigration? {
        migrations.first { $0.key == key }
    }
}
