/// `CREATE INDEX`, `DROP INDEX` or `REINDEX` with `CONCURRENTLY` inside a transaction.
///
/// PostgreSQL rejects all three in a transaction block, so the migration fails at that statement.
/// The transaction is the one the migration tool opens (the linter's `inTransaction`) or an
/// explicit `BEGIN` or `START TRANSACTION` in the text, until `COMMIT`, `END`, `ROLLBACK` or `ABORT`.
struct ConcurrentIndexInTransactionRule: SQLSafetyRule {
    let hazard = MigrationHazard.concurrentIndexInTransaction

    let examples = SQLRuleExamples(
        triggers: [
            "BEGIN;\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\nCOMMIT;",
            "START TRANSACTION;\nDROP INDEX CONCURRENTLY IF EXISTS ix_users_email;\nCOMMIT;",
            "BEGIN;\nREINDEX INDEX CONCURRENTLY ix_users_email;\nEND;",
            "begin work;\nreindex (concurrently) table users;\ncommit;",
            "BEGIN;\nCOMMIT AND CHAIN;\nCREATE INDEX CONCURRENTLY ON users (email);",
        ],
        passes: [
            "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);",
            "BEGIN;\nALTER TABLE users ADD COLUMN age integer;\nCOMMIT;\nCREATE INDEX CONCURRENTLY ix_users_age ON users (age);",
            "BEGIN;\nROLLBACK;\nDROP INDEX CONCURRENTLY ix_users_email;",
            "BEGIN;\nCREATE INDEX ix_users_email ON users (email);\nCOMMIT;",
            "CREATE FUNCTION touch() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;\n"
                + "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);",
            "REINDEX (CONCURRENTLY false) TABLE users;",
        ])

    func subjects(in command: SQLCommand, context: SQLLintContext) -> [String] {
        guard context.isInTransaction else {
            return []
        }
        switch command {
        case .createIndex(let index) where index.isConcurrent:
            return [index.subject]
        case .dropIndex(let names, isConcurrent: true):
            return names.map(\.written)
        case .reindex(let target, isConcurrent: true):
            return [target?.written ?? "REINDEX"]
        default:
            return []
        }
    }
}
