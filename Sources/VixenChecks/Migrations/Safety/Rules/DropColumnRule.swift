/// `ALTER TABLE … DROP [COLUMN]` on a table the text did not create.
///
/// The application version still running reads the column until the new one is deployed, and a
/// rollback of the deployment does not bring the data back.
struct DropColumnRule: SQLSafetyRule {
    let hazard = MigrationHazard.dropColumn

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE users DROP COLUMN email;",
            "ALTER TABLE users DROP IF EXISTS email CASCADE;",
            "ALTER TABLE users DROP CONSTRAINT users_email_key, DROP COLUMN email;",
        ],
        passes: [
            "ALTER TABLE users DROP CONSTRAINT users_email_key;",
            "ALTER TABLE users ALTER COLUMN email DROP DEFAULT;",
            "CREATE TABLE import_rows (a integer, b integer);\nALTER TABLE import_rows DROP COLUMN b;",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.compactMap { action in
            guard case .dropColumn(let column) = action else {
                return nil
            }
            return table.column(column)
        }
    }
}
