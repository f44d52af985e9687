/// `ALTER COLUMN … TYPE` or `… SET DATA TYPE` on a table the text did not create.
///
/// Most type changes rewrite the table and rebuild its indexes under an ACCESS EXCLUSIVE lock,
/// which blocks reads and writes for the whole rewrite.
///
/// NOTE: the few changes PostgreSQL makes without a rewrite, such as raising a `varchar` limit
/// or `varchar` to `text`, are reported too, because the old type is not in the text.
struct ColumnTypeChangeRule: SQLSafetyRule {
    let hazard = MigrationHazard.columnTypeChange

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE users ALTER COLUMN age TYPE bigint;",
            "ALTER TABLE users ALTER age SET DATA TYPE numeric(10, 2) USING age::numeric;",
            "ALTER TABLE users ADD COLUMN note text, ALTER COLUMN \"Age\" TYPE bigint;",
        ],
        passes: [
            "ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;",
            "CREATE TABLE users (age integer);\nALTER TABLE users ALTER COLUMN age TYPE bigint;",
            "ALTER TYPE mood ADD VALUE 'happy';",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.compactMap { action in
            guard case .changeColumnType(let column) = action else {
                return nil
            }
            return table.column(column)
        }
    }
}
