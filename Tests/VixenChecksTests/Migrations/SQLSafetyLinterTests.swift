import Testing

@testable import VixenChecks

/// Whole migrations through the linter: exact findings with their lines and subjects.
@Suite struct SQLSafetyLinterTests {
    private let linter = SQLSafetyLinter()

    @Test func migrationReportsEachHazardAtItsStatement() {
        let sql = """
            -- Add ownership to orders.
            ALTER TABLE orders
              ADD COLUMN owner_id bigint NOT NULL REFERENCES users (id);

            CREATE INDEX ix_orders_owner ON orders (owner_id);

            ALTER TABLE public.users RENAME COLUMN mail TO email;
            ALTER TABLE public.users
              ALTER COLUMN email TYPE varchar(320),
              DROP COLUMN nickname;
            DROP TABLE legacy_sessions;
            """
        #expect(
            linter.lint(sql, inTransaction: true) == [
                HazardMatch(hazard: .notNullWithoutDefault, line: 2, subject: "orders.owner_id"),
                HazardMatch(hazard: .constraintWithoutNotValid, line: 2, subject: "orders.owner_id"),
                HazardMatch(hazard: .indexNotConcurrent, line: 5, subject: "ix_orders_owner"),
                HazardMatch(hazard: .renameColumn, line: 7, subject: "public.users.mail"),
                HazardMatch(hazard: .columnTypeChange, line: 8, subject: "public.users.email"),
                HazardMatch(hazard: .dropColumn, line: 8, subject: "public.users.nickname"),
                HazardMatch(hazard: .dropTable, line: 11, subject: "legacy_sessions"),
            ])
    }

    @Test func djangoSqlmigrateOutput() {
        let sql = """
            BEGIN;
            --
            -- Add field owner to order
            --
            ALTER TABLE "shop_order" ADD COLUMN "owner_id" bigint DEFAULT 1 NOT NULL CONSTRAINT \
            "shop_order_owner_id_fk_auth_user_id" REFERENCES "auth_user"("id") DEFERRABLE INITIALLY DEFERRED; \
            SET CONSTRAINTS "shop_order_owner_id_fk_auth_user_id" IMMEDIATE;
            ALTER TABLE "shop_order" ALTER COLUMN "owner_id" DROP DEFAULT;
            CREATE INDEX "shop_order_owner_id_5d2f3e1c" ON "shop_order" ("owner_id");
            COMMIT;
            """
        #expect(
            linter.lint(sql, inTransaction: false) == [
                HazardMatch(hazard: .constraintWithoutNotValid, line: 5, subject: "\"shop_order\".\"owner_id\""),
                HazardMatch(hazard: .indexNotConcurrent, line: 7, subject: "\"shop_order_owner_id_5d2f3e1c\""),
            ])
    }

    @Test func pgDumpStyleNewTableIsSafe() {
        let sql = """
            CREATE TABLE public.orders (
                id bigint NOT NULL,
                user_id bigint
            );
            ALTER TABLE ONLY public.orders
                ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
            CREATE INDEX ix_orders_user_id ON public.orders USING btree (user_id);
            ALTER TABLE ONLY public.orders
                ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
            """
        #expect(linter.lint(sql, inTransaction: false) == [])
    }

    @Test func newTableMigrationIsSafe() {
        let sql = """
            CREATE TABLE invoices (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              customer_id bigint NOT NULL REFERENCES customers (id),
              number text NOT NULL
            );
            CREATE INDEX ix_invoices_customer ON invoices (customer_id);
            ALTER TABLE invoices ADD COLUMN total numeric NOT NULL, ADD CONSTRAINT invoices_number_key UNIQUE (number);
            ALTER TABLE invoices ADD CONSTRAINT invoices_total_check CHECK (total >= 0);
            """
        #expect(linter.lint(sql, inTransaction: true) == [])
    }

    @Test func toolTransactionRejectsConcurrentIndex() {
        let sql = "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);"
        #expect(
            linter.lint(sql, inTransaction: true) == [
                HazardMatch(hazard: .concurrentIndexInTransaction, line: 1, subject: "ix_users_email")
            ])
        #expect(linter.lint(sql, inTransaction: false) == [])
    }

    @Test func commitEndsToolTransaction() {
        let sql = "ALTER TABLE users ADD COLUMN age int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY ON users (age);"
        #expect(linter.lint(sql, inTransaction: true) == [])
    }

    @Test func explicitTransactionEndsAtCommit() {
        let sql = """
            BEGIN;
            DROP INDEX CONCURRENTLY ix_a, ix_b;
            COMMIT;
            DROP INDEX CONCURRENTLY ix_c;
            """
        #expect(
            linter.lint(sql, inTransaction: false) == [
                HazardMatch(hazard: .concurrentIndexInTransaction, line: 2, subject: "ix_a"),
                HazardMatch(hazard: .concurrentIndexInTransaction, line: 2, subject: "ix_b"),
            ])
    }

    @Test func validateInAddingTransactionIsReported() {
        let sql = """
            ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            CREATE INDEX CONCURRENTLY ix_orders_user ON orders (user_id);
            ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
            """
        #expect(
            linter.lint(sql, inTransaction: true) == [
                HazardMatch(hazard: .concurrentIndexInTransaction, line: 2, subject: "ix_orders_user"),
                HazardMatch(hazard: .constraintWithoutNotValid, line: 3, subject: "orders_user_fk"),
            ])
        #expect(linter.lint(sql, inTransaction: false) == [])
    }

    @Test func unnamedConstraintsAndIndexesNameTheirTable() {
        let sql = """
            ALTER TABLE "Orders" ADD FOREIGN KEY ("UserId", org_id) REFERENCES users, ADD UNIQUE (code);
            CREATE INDEX ON "Orders" USING gin (tags);
            """
        #expect(
            linter.lint(sql, inTransaction: false) == [
                HazardMatch(hazard: .constraintWithoutNotValid, line: 1, subject: "\"Orders\" (\"UserId\", org_id)"),
                HazardMatch(hazard: .uniqueConstraint, line: 1, subject: "\"Orders\" (code)"),
                HazardMatch(hazard: .foreignKeyWithoutIndex, line: 1, subject: "\"Orders\" (\"UserId\", org_id)"),
                HazardMatch(hazard: .indexNotConcurrent, line: 2, subject: "\"Orders\" (tags)"),
            ])
    }

    @Test func quotedNamesMatchOnlyTheirSpelling() {
        let sql = "CREATE TABLE \"Users\" (id int);\nCREATE INDEX ON users (id);\nCREATE INDEX ON \"Users\" (id);"
        #expect(
            linter.lint(sql, inTransaction: false) == [
                HazardMatch(hazard: .indexNotConcurrent, line: 2, subject: "users (id)")
            ])
    }

    @Test func schemasMustAgreeWhenBothGiven() {
        let sql = "CREATE TABLE app.users (id int);\nCREATE INDEX ON audit.users (id);\nCREATE INDEX ON users (id);"
        #expect(
            linter.lint(sql, inTransaction: false) == [
                HazardMatch(hazard: .indexNotConcurrent, line: 2, subject: "audit.users (id)")
            ])
    }

    @Test func hazardInsideFunctionBodyIsNotRead() {
        let sql = """
            CREATE FUNCTION cleanup() RETURNS void LANGUAGE plpgsql AS $fn$
            BEGIN
              EXECUTE 'DROP TABLE users';
              DROP TABLE sessions;
            END;
            $fn$;
            """
        #expect(linter.lint(sql, inTransaction: false) == [])
    }

    @Test func textThatIsNotSQLReportsNothing() {
        #expect(linter.lint("", inTransaction: true) == [])
        #expect(linter.lint("def upgrade():\n    op.drop_table('users')\n", inTransaction: true) == [])
        #expect(linter.lint("\u{00}\u{7F}'\"$$/*", inTransaction: true) == [])
    }

    @Test func statementLinesFollowSplitter() {
        let sql = "\\connect app\nSELECT 1;\n\n-- x\nSELECT $$\n$$; SELECT 3"
        #expect(SQLSafetyLinter.statementLines(in: sql) == [2, 5, 6])
    }
}
