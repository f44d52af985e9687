/// The indexes one migration text creates, which tell whether a new foreign key has an index.
///
/// It records every `CREATE INDEX` anywhere in the text, because a migration often adds
/// the foreign key first and its index after. Primary key and unique constraints count too,
/// because PostgreSQL builds an index for each.
struct SQLCreatedIndexes: Sendable {
    private struct Entry: Sendable {
        let table: SQLName
        /// The index elements in order, with nil for an expression.
        let columns: [String?]
    }

    private var entries: [Entry] = []

    init(_ commands: [SQLCommand]) {
        for command in commands {
            record(command)
        }
    }

    /// Returns whether an index on `table` starts with `columns`, in any order among themselves,
    /// which lets PostgreSQL find the rows that reference a given key.
    func covers(table: SQLName, columns: [SQLIdentifier]) -> Bool {
        let keyColumns = Set(columns.map(\.name))
        return entries.contains { entry in
            guard entry.table.matches(table), entry.columns.count >= columns.count else {
                return false
            }
            let leading = entry.columns.prefix(columns.count)
            return leading.allSatisfy { $0 != nil } && Set(leading.compactMap { $0 }) == keyColumns
        }
    }

    private mutating func record(_ command: SQLCommand) {
        switch command {
        case .createIndex(let index):
            entries.append(Entry(table: index.table, columns: index.columns.map { $0?.name }))
        case .createTable(let table):
            for column in table.columns where column.isUnique {
                entries.append(Entry(table: table.name, columns: [column.name.name]))
            }
            for constraint in table.constraints {
                record(constraint, on: table.name)
            }
        case .alterTable(let table, let actions):
            for action in actions {
                if case .addColumn(let column) = action, column.isUnique {
                    entries.append(Entry(table: table, columns: [column.name.name]))
                } else if case .addConstraint(let constraint) = action {
                    record(constraint, on: table)
                }
            }
        default:
            break
        }
    }

    /// Records the index of a unique or primary key constraint that lists its columns.
    ///
    /// A constraint `USING INDEX` adopts an index whose `CREATE INDEX` is recorded already.
    private mutating func record(_ constraint: SQLTableConstraint, on table: SQLName) {
        if case .unique(let columns, _) = constraint.kind, !columns.isEmpty {
            entries.append(Entry(table: table, columns: columns.map(\.name)))
        }
    }
}
