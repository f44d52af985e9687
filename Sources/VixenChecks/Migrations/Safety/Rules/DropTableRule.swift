/// `DROP TABLE` of a table the text did not create, once per table named.
///
/// The application version still running reads the table until the new one is deployed, and a
/// rollback of the deployment does not bring the data back.
struct DropTableRule: SQLSafetyRule {
    let hazard = MigrationHazard.dropTable

    let examples = SQLRuleExamples(
        triggers: [
            "DROP TABLE users;",
            "DROP TABLE IF EXISTS public.users, sessions CASCADE;",
        ],
        passes: [
            "CREATE TABLE import_rows (id bigint);\nDROP TABLE import_rows;",
            "DROP VIEW active_users;",
            "DROP INDEX CONCURRENTLY ix_users_email;",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard case .dropTable(let tables) = command else {
            return []
        }
        return tables.filter { !context.isNew($0) }.map(\.written)
    }
}
