/// A unique or primary key constraint added to an existing table by building a new index.
///
/// `ADD CONSTRAINT … UNIQUE (…)`, `ADD UNIQUE (…)`, `ADD PRIMARY KEY (…)` and an inline `UNIQUE`
/// or `PRIMARY KEY` in `ADD COLUMN` build the index while holding an ACCESS EXCLUSIVE lock, which
/// blocks reads and writes for the whole build. `… UNIQUE USING INDEX` and `… PRIMARY KEY USING
/// INDEX` adopt an index built beforehand with `CREATE UNIQUE INDEX CONCURRENTLY`, and pass.
struct UniqueConstraintRule: SQLSafetyRule {
    let hazard = MigrationHazard.uniqueConstraint

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
            "ALTER TABLE users ADD UNIQUE NULLS NOT DISTINCT (email);",
            "ALTER TABLE users ADD PRIMARY KEY (id);",
            "ALTER TABLE users ADD COLUMN code text UNIQUE;",
        ],
        passes: [
            "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;",
            "ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;",
            "CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\nALTER TABLE users ADD UNIQUE (email);",
            "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.compactMap { action in
            switch action {
            case .addConstraint(let constraint):
                guard case .unique(let columns, usingIndex: nil) = constraint.kind else {
                    return nil
                }
                return constraint.name?.written ?? (columns.isEmpty ? table.written : table.columns(columns))
            case .addColumn(let column) where column.isUnique:
                return table.column(column.name)
            default:
                return nil
            }
        }
    }
}
