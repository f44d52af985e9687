/// A new foreign key whose columns no index of the same text starts with.
///
/// It reads inline `REFERENCES` and `FOREIGN KEY (…)` constraints, in `CREATE TABLE` and in
/// `ALTER TABLE … ADD`, on new tables as on existing ones. PostgreSQL does not index the
/// referencing columns by itself, so without an index every delete or key update on the
/// referenced table scans this one, and joins on the key are slow. An index counts when its
/// leading columns are the key's columns in any order, whether `CREATE INDEX`, a primary key or
/// a unique constraint builds it, anywhere in the text.
///
/// NOTE: indexes created by earlier migrations are not in the text, so a key they already cover
/// is still reported. The finding is a warning for that reason.
struct ForeignKeyWithoutIndexRule: SQLSafetyRule {
    let hazard = MigrationHazard.foreignKeyWithoutIndex

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);",
            "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
            "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));",
            "CREATE TABLE order_lines (order_id bigint, line integer, "
                + "FOREIGN KEY (order_id, line) REFERENCES lines (order_id, line));\n"
                + "CREATE INDEX ON order_lines (line);",
            "ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);\n"
                + "CREATE INDEX CONCURRENTLY ix_orders_user ON orders (created_at, user_id);",
        ],
        passes: [
            "ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);\n"
                + "CREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id);",
            "CREATE INDEX ix_orders_user ON public.orders (user_id, created_at DESC);\n"
                + "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
            "CREATE TABLE memberships (user_id bigint REFERENCES users (id), team_id bigint REFERENCES teams (id), "
                + "PRIMARY KEY (user_id, team_id));\nCREATE INDEX ON memberships (team_id);",
            "CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users (id));",
            "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        var keys: [(table: SQLName, columns: [SQLIdentifier])] = []
        switch command {
        case .createTable(let table):
            keys += table.columns.filter { $0.references != nil }.map { (table.name, [$0.name]) }
            keys += table.constraints.compactMap { foreignKeyColumns($0) }.map { (table.name, $0) }
        case .alterTable(let table, let actions):
            for action in actions {
                if case .addColumn(let column) = action, column.references != nil {
                    keys.append((table, [column.name]))
                } else if case .addConstraint(let constraint) = action, let columns = foreignKeyColumns(constraint) {
                    keys.append((table, columns))
                }
            }
        default:
            return []
        }
        return keys.filter { !context.createdIndexes.covers(table: $0.table, columns: $0.columns) }.map { key in
            key.columns.count == 1 ? key.table.column(key.columns[0]) : key.table.columns(key.columns)
        }
    }

    /// Returns the referencing columns of a foreign key constraint that lists them.
    private func foreignKeyColumns(_ constraint: SQLTableConstraint) -> [SQLIdentifier]? {
        guard case .foreignKey(let columns, _) = constraint.kind, !columns.isEmpty else {
            return nil
        }
        return columns
    }
}
