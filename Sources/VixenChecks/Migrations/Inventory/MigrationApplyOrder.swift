import VixenConfig

/// The order in which each framework applies its migrations.
///
/// - Alembic follows the revision graph: a revision comes after every revision in its
///   `down_revision`, whatever the file names. Revisions with no known parent start the order.
/// - Flyway orders every folder's migrations together by version, as it merges its locations.
/// - Liquibase runs changesets in file order; files are taken by path.
/// - The others run each folder's files by the version in their names, then by name.
// NOTE: a Liquibase master changelog's `include` order and Django's cross-app `dependencies` are
// not read; files are ordered by path and by the number in their names instead.
enum MigrationApplyOrder {
    static func sorted(_ migrations: [Migration], framework: MigrationFramework) -> [Migration] {
        switch framework {
        case .alembic:
            return AlembicGraphOrder.sorted(migrations)
        case .flyway:
            return migrations.sorted { precedes($0, $1, comparesFolders: false) }
        case .liquibase:
            return migrations.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
        default:
            return migrations.sorted { precedes($0, $1, comparesFolders: true) }
        }
    }

    private static func precedes(_ left: Migration, _ right: Migration, comparesFolders: Bool) -> Bool {
        if comparesFolders {
            let leftFolder = MigrationPaths.folder(of: left.path)
            let rightFolder = MigrationPaths.folder(of: right.path)
            if leftFolder != rightFolder {
                return leftFolder < rightFolder
            }
        }
        if let leftVersion = left.version, let rightVersion = right.version, leftVersion != rightVersion {
            return VersionOrder.precedes(leftVersion, rightVersion)
        }
        return (left.path, left.line) < (right.path, right.line)
    }
}

/// Compares versions made of numbers separated by dots, such as `1.10` and `20240101120000`.
enum VersionOrder {
    /// Returns whether `left` comes before `right`, comparing part by part as numbers of any length.
    static func precedes(_ left: String, _ right: String) -> Bool {
        let leftParts = left.split(separator: ".")
        let rightParts = right.split(separator: ".")
        for (leftPart, rightPart) in zip(leftParts, rightParts) where leftPart != rightPart {
            let leftDigits = leftPart.drop { $0 == "0" }
            let rightDigits = rightPart.drop { $0 == "0" }
            if leftDigits.count != rightDigits.count {
                return leftDigits.count < rightDigits.count
            }
            return leftDigits < rightDigits
        }
        return leftParts.count < rightParts.count
    }
}

/// Orders Alembic revisions so that each follows its parents.
enum AlembicGraphOrder {
    /// Returns the revisions in an order Alembic can apply them: a topological order of the graph
    /// that `down_revision` draws, taking ready revisions by path.
    ///
    /// A parent that is not among `migrations` counts as applied. Revisions left in a cycle,
    /// which Alembic rejects too, come last, by path.
    static func sorted(_ migrations: [Migration]) -> [Migration] {
        let byPath = migrations.sorted { $0.path < $1.path }
        let known = Set(byPath.compactMap { $0.alembic?.revision })
        var placed = Set<String>()
        var result: [Migration] = []
        var remaining = byPath
        while !remaining.isEmpty {
            guard
                let next = remaining.firstIndex(where: { migration in
                    parents(of: migration).allSatisfy { !known.contains($0) || placed.contains($0) }
                })
            else {
                return result + remaining
            }
            let migration = remaining.remove(at: next)
            placed.insert(migration.alembic?.revision ?? migration.id)
            result.append(migration)
        }
        return result
    }

    private static func parents(of migration: Migration) -> [String] {
        migration.alembic?.downRevisions ?? []
    }
}
