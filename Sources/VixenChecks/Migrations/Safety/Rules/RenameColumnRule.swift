/// `ALTER TABLE … RENAME [COLUMN] old TO new` on a table the text did not create.
///
/// The application version still running uses the old name until the new one is deployed, so
/// its queries fail from the moment the migration commits.
struct RenameColumnRule: SQLSafetyRule {
    let hazard = MigrationHazard.renameColumn

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE users RENAME COLUMN email TO email_address;",
            "ALTER TABLE IF EXISTS ONLY users RENAME email TO email_address;",
        ],
        passes: [
            "ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_id_pkey;",
            "ALTER TABLE users RENAME TO customers;",
            "ALTER INDEX ix_users_email RENAME TO ix_users_mail;",
            "CREATE TABLE users_next (mail text);\nALTER TABLE users_next RENAME mail TO email;",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.compactMap { action in
            guard case .renameColumn(let column) = action else {
                return nil
            }
            return table.column(column)
        }
    }
}
