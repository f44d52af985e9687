/// A foreign key or check constraint on an existing table whose existing rows are checked while
/// the table stays locked.
///
/// That happens when `ADD CONSTRAINT … FOREIGN KEY | CHECK` (or `ADD FOREIGN KEY`, `ADD CHECK`)
/// lacks `NOT VALID`, when `ADD COLUMN … REFERENCES` adds a foreign key inline (which cannot be
/// `NOT VALID`), and when `VALIDATE CONSTRAINT` runs in the transaction that added the constraint
/// `NOT VALID`, which still holds the lock of the `ADD`. A foreign key blocks writes to both tables
/// meanwhile (SHARE ROW EXCLUSIVE), and a check constraint blocks reads and writes (ACCESS EXCLUSIVE).
struct ConstraintWithoutNotValidRule: SQLSafetyRule {
    let hazard = MigrationHazard.constraintWithoutNotValid

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
            "ALTER TABLE orders ADD CHECK (total >= 0);",
            "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;",
            "ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);",
            "BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;\nCOMMIT;",
        ],
        passes: [
            "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
            "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;",
            "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;",
            "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;",
            "CREATE TABLE orders (id bigint, user_id bigint);\n"
                + "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
            "ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.compactMap { action in
            switch action {
            case .addConstraint(let constraint) where !constraint.isNotValid:
                return subject(of: constraint, on: table)
            case .addColumn(let column) where column.references != nil:
                return table.column(column.name)
            case .validateConstraint(let name) where context.wasAddedNotValidInThisTransaction(name, on: table):
                return name.written
            default:
                return nil
            }
        }
    }

    /// Returns the constraint's name, else its table and columns, or nil for a constraint that is
    /// neither a foreign key nor a check.
    private func subject(of constraint: SQLTableConstraint, on table: SQLName) -> String? {
        switch constraint.kind {
        case .check:
            return constraint.name?.written ?? table.written
        case .foreignKey(let columns, _):
            return constraint.name?.written ?? (columns.isEmpty ? table.written : table.columns(columns))
        case .unique, .other:
            return nil
        }
    }
}
