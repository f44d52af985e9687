/// A column of an existing table made `NOT NULL` without a value for the rows it already has.
///
/// `ADD COLUMN … NOT NULL` without a default fails on any table that has rows, and `ALTER COLUMN
/// … SET NOT NULL` reads the whole table under an ACCESS EXCLUSIVE lock. PostgreSQL 12 and later
/// skip that read when a valid `CHECK (column IS NOT NULL)` constraint exists, so `SET NOT NULL`
/// passes when an earlier statement of the text validates a constraint on the same table. A
/// `PRIMARY KEY` column counts as `NOT NULL`. A default other than `NULL`, an identity or
/// generated column and a `serial` type count as a value.
///
/// NOTE: the validated constraint is not checked to be the column's `IS NOT NULL` check, and one
/// validated in an earlier migration is not seen, so that case is still reported.
struct NotNullWithoutDefaultRule: SQLSafetyRule {
    let hazard = MigrationHazard.notNullWithoutDefault

    let examples = SQLRuleExamples(
        triggers: [
            "ALTER TABLE users ADD COLUMN age integer NOT NULL;",
            "ALTER TABLE users ADD age integer DEFAULT NULL NOT NULL;",
            "ALTER TABLE users ADD COLUMN IF NOT EXISTS id bigint PRIMARY KEY;",
            "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
            "alter table if exists only public.users alter email set not null;",
            "ALTER TABLE users ADD COLUMN note text, ADD COLUMN age integer NOT NULL;",
        ],
        passes: [
            "ALTER TABLE users ADD COLUMN age integer NOT NULL DEFAULT 0;",
            "ALTER TABLE users ADD COLUMN email text DEFAULT 'none' NOT NULL;",
            "ALTER TABLE users ADD COLUMN age integer;",
            "ALTER TABLE users ADD COLUMN note text CHECK (note IS NOT NULL OR age > 0);",
            "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;",
            "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN email text NOT NULL;",
            "ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n"
                + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard let (table, actions) = existingTableActions(command, context: context) else {
            return []
        }
        return actions.compactMap { action in
            switch action {
            case .addColumn(let column) where column.isNotNull && !column.fillsExistingRows:
                return table.column(column.name)
            case .setNotNull(let column) where !context.hasValidatedConstraint(on: table):
                return table.column(column)
            default:
                return nil
            }
        }
    }
}
