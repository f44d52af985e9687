/// `ALTER TABLE … RENAME TO new` on a table the text did not create.
///
/// The application version still running uses the old name until the new one is deployed, so
/// its queries fail from the moment the migration commits.
struct RenameTableRule: SQLSafetyRule {
    let hazard = MigrationHazard.renameTable

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE users RENAME TO customers;",
            "alter table if exists \"Users\" rename to customers;",
        ],
        passes: [
            "ALTER TABLE users RENAME COLUMN email TO mail;",
            "CREATE TABLE users_next (id bigint);\nALTER TABLE users_next RENAME TO users_current;",
            "ALTER INDEX ix_users_email RENAME TO ix_users_mail;",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.contains { if case .renameTable = $0 { true } else { false } } ? [table.written] : []
    }
}
