import Testing

@testable import VixenChecks

/// The commands the parser reads from single statements.
@Suite struct SQLStatementParserTests {
    private func command(_ sql: String) -> SQLCommand? {
        SQLStatementSplitter.split(sql).first.map(SQLStatementParser.parse)
    }

    private func identifier(_ name: String, written: String? = nil) -> SQLIdentifier {
        SQLIdentifier(name: name, written: written ?? name)
    }

    private func table(_ name: String, schema: String? = nil) -> SQLName {
        SQLName(qualifiers: schema.map { [identifier($0)] } ?? [], object: identifier(name))
    }

    @Test func createIndexWithEveryOption() {
        let sql =
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON ONLY public.users USING btree "
            + "(email, lower(name) DESC, created_at NULLS LAST)"
        let expected = SQLIndexCreation(
            name: identifier("ix_a"), table: table("users", schema: "public"), isUnique: true, isConcurrent: true,
            columns: [identifier("email"), nil, identifier("created_at")],
            writtenColumns: "email, lower(name) DESC, created_at NULLS LAST")
        #expect(command(sql) == .createIndex(expected))
    }

    @Test func createIndexWithoutName() {
        guard case .createIndex(let index) = command("create index on \"Users\" (\"Email\")") else {
            Issue.record("not read as CREATE INDEX")
            return
        }
        #expect(index.name == nil)
        #expect(index.table == SQLName(object: identifier("Users", written: "\"Users\"")))
        #expect(index.subject == "\"Users\" (\"Email\")")
        #expect(index.isConcurrent == false)
    }

    @Test func indexElementsAreRewrittenWithSingleSpaces() {
        guard case .createIndex(let index) = command("CREATE INDEX ON t ( ( a+b )::text , f( x ) DESC,\n c )") else {
            Issue.record("not read as CREATE INDEX")
            return
        }
        #expect(index.writtenColumns == "(a + b)::text, f(x) DESC, c")
        #expect(index.columns == [nil, nil, identifier("c")])
    }

    @Test func createTableReadsColumnsAndConstraints() {
        let sql = """
            CREATE TABLE IF NOT EXISTS app.orders (
              id bigserial PRIMARY KEY,
              user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
              note text DEFAULT NULL CHECK (note IS NOT NULL),
              CONSTRAINT orders_pair_key UNIQUE (id, user_id),
              LIKE templates INCLUDING ALL
            )
            """
        let expected = SQLTableCreation(
            name: table("orders", schema: "app"),
            columns: [
                SQLColumnDefinition(
                    name: identifier("id"), isNotNull: true, fillsExistingRows: true, isUnique: true, references: nil),
                SQLColumnDefinition(
                    name: identifier("user_id"), isNotNull: true, fillsExistingRows: false, isUnique: false,
                    references: table("users")),
                SQLColumnDefinition(
                    name: identifier("note"), isNotNull: false, fillsExistingRows: false, isUnique: false,
                    references: nil),
            ],
            constraints: [
                SQLTableConstraint(
                    name: identifier("orders_pair_key"),
                    kind: .unique(columns: [identifier("id"), identifier("user_id")], usingIndex: nil),
                    isNotValid: false)
            ])
        #expect(command(sql) == .createTable(expected))
    }

    @Test func createTableAsHasNoColumns() {
        let expected = SQLTableCreation(name: table("archive"), columns: [], constraints: [])
        #expect(command("CREATE TEMP TABLE archive AS SELECT * FROM users") == .createTable(expected))
    }

    @Test func alterTableReadsEveryAction() {
        let sql = """
            ALTER TABLE IF EXISTS ONLY users *
              ADD COLUMN IF NOT EXISTS age int NOT NULL DEFAULT 0,
              ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID,
              DROP COLUMN IF EXISTS legacy CASCADE,
              DROP CONSTRAINT users_old_check,
              ALTER COLUMN score SET DATA TYPE numeric(10, 2),
              ALTER name TYPE text,
              ALTER COLUMN email SET NOT NULL,
              ALTER COLUMN email SET DEFAULT 'x',
              VALIDATE CONSTRAINT users_org_fk
            """
        let expected: [SQLAlterTableAction] = [
            .addColumn(
                SQLColumnDefinition(
                    name: identifier("age"), isNotNull: true, fillsExistingRows: true, isUnique: false,
                    references: nil)),
            .addConstraint(
                SQLTableConstraint(
                    name: identifier("users_org_fk"),
                    kind: .foreignKey(columns: [identifier("org_id")], references: table("orgs")), isNotValid: true)),
            .dropColumn(identifier("legacy")),
            .other,
            .changeColumnType(identifier("score")),
            .changeColumnType(identifier("name")),
            .setNotNull(identifier("email")),
            .other,
            .validateConstraint(identifier("users_org_fk")),
        ]
        #expect(command(sql) == .alterTable(table("users"), expected))
    }

    @Test func alterTableRenames() {
        let users = table("users")
        let renameA = SQLCommand.alterTable(users, [.renameColumn(identifier("a"))])
        #expect(command("ALTER TABLE users RENAME TO shop") == .alterTable(users, [.renameTable(identifier("shop"))]))
        #expect(command("ALTER TABLE users RENAME COLUMN a TO b") == renameA)
        #expect(command("ALTER TABLE users RENAME a TO b") == renameA)
        #expect(command("ALTER TABLE users RENAME CONSTRAINT a TO b") == .alterTable(users, [.other]))
    }

    @Test func addTableConstraintsWithoutName() {
        let sql = "ALTER TABLE t ADD UNIQUE USING INDEX t_idx, ADD PRIMARY KEY (id), ADD CHECK (a > 0)"
        let expected: [SQLAlterTableAction] = [
            .addConstraint(
                SQLTableConstraint(
                    name: nil, kind: .unique(columns: [], usingIndex: identifier("t_idx")), isNotValid: false)),
            .addConstraint(
                SQLTableConstraint(
                    name: nil, kind: .unique(columns: [identifier("id")], usingIndex: nil), isNotValid: false)),
            .addConstraint(SQLTableConstraint(name: nil, kind: .check, isNotValid: false)),
        ]
        #expect(command(sql) == .alterTable(table("t"), expected))
    }

    @Test func dropStatements() {
        #expect(command("DROP TABLE IF EXISTS a, b.c CASCADE") == .dropTable([table("a"), table("c", schema: "b")]))
        #expect(command("DROP INDEX CONCURRENTLY IF EXISTS ix") == .dropIndex(names: [table("ix")], isConcurrent: true))
        #expect(command("DROP VIEW v") == .unrecognized)
    }

    @Test func reindexForms() {
        #expect(command("REINDEX INDEX CONCURRENTLY ix") == .reindex(target: table("ix"), isConcurrent: true))
        #expect(command("REINDEX (VERBOSE, CONCURRENTLY) TABLE t") == .reindex(target: table("t"), isConcurrent: true))
        #expect(command("REINDEX (CONCURRENTLY off) TABLE t") == .reindex(target: table("t"), isConcurrent: false))
        #expect(command("REINDEX SYSTEM") == .reindex(target: nil, isConcurrent: false))
    }

    @Test func transactionStatements() {
        #expect(command("BEGIN ISOLATION LEVEL SERIALIZABLE") == .beginTransaction)
        #expect(command("START TRANSACTION") == .beginTransaction)
        #expect(command("COMMIT") == .endTransaction(startsAnother: false))
        #expect(command("COMMIT WORK AND CHAIN") == .endTransaction(startsAnother: true))
        #expect(command("END TRANSACTION") == .endTransaction(startsAnother: false))
        #expect(command("ROLLBACK") == .endTransaction(startsAnother: false))
        #expect(command("ABORT") == .endTransaction(startsAnother: false))
        #expect(command("PREPARE TRANSACTION 'tx1'") == .endTransaction(startsAnother: false))
        #expect(command("ROLLBACK TO SAVEPOINT s1") == .unrecognized)
        #expect(command("ROLLBACK WORK TO s1") == .unrecognized)
        #expect(command("COMMIT PREPARED 'tx1'") == .unrecognized)
        #expect(command("START something") == .unrecognized)
    }

    @Test func unknownTextIsUnrecognized() {
        #expect(command("'just a string'") == .unrecognized)
        #expect(command("CREATE") == .unrecognized)
        #expect(command("CREATE INDEX ix ON") == .unrecognized)
        #expect(command("ALTER TABLE") == .unrecognized)
        #expect(command("ALTER VIEW v RENAME TO w") == .unrecognized)
    }
}
