/// `CREATE [UNIQUE] INDEX` without `CONCURRENTLY` on a table the text did not create.
///
/// A plain index build holds a SHARE lock on the table until it ends, so every insert, update
/// and delete waits for the whole build. An index on a table created earlier in the same text is
/// left alone, since nothing reads or writes that table yet.
struct IndexNotConcurrentRule: SQLSafetyRule {
    let hazard = MigrationHazard.indexNotConcurrent

    let examples = SQLRuleExamples(
        triggers: [
            "CREATE INDEX ix_users_email ON users (email);",
            "create unique index if not exists ix_users_email on only public.users using btree (lower(email));",
            "CREATE INDEX ON \"Users\" (\"Email\");",
            "CREATE TABLE accounts (id bigint);\nCREATE INDEX ix_users_email ON users (email);",
        ],
        passes: [
            "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);",
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON users (email);",
            "CREATE TABLE users (id bigint, email text);\nCREATE INDEX ix_users_email ON users (email);",
            "CREATE TABLE app.users (id bigint);\nCREATE INDEX ON app.users (id);",
            "CREATE TABLE users_next (id bigint);\nALTER TABLE users_next RENAME TO users;\nCREATE INDEX ON users (id);",
            "-- CREATE INDEX ix_users_email ON users (email);\n/* CREATE INDEX ix /* nested */ ON users (email); */",
            "SELECT 'CREATE INDEX ix_users_email ON users (email);';",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard case .createIndex(let index) = command, !index.isConcurrent, !context.isNew(index.table) else {
            return []
        }
        return [index.subject]
    }
}
