import Testing

@testable import VixenChecks

/// Where statements end, which line each starts on, and what psql meta-commands do to them.
@Suite struct SQLStatementSplitterTests {
    /// Returns each statement's tokens joined by spaces.
    private func statements(_ sql: String) -> [String] {
        SQLStatementSplitter.split(sql).map { $0.tokens.map(\.text).joined(separator: " ") }
    }

    private func lines(_ sql: String) -> [Int] {
        SQLStatementSplitter.split(sql).map(\.line)
    }

    @Test func semicolonsEndStatements() {
        #expect(statements("SELECT 1; SELECT 2;") == ["SELECT 1", "SELECT 2"])
    }

    @Test func lastStatementNeedsNoSemicolon() {
        #expect(statements("SELECT 1; SELECT 2") == ["SELECT 1", "SELECT 2"])
    }

    @Test func emptyStatementsAreDropped() {
        #expect(statements(";; SELECT 1 ;; -- done\n;") == ["SELECT 1"])
    }

    @Test func functionBodyKeepsItsSemicolons() {
        let sql = """
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.updated_at := now();
              RETURN NEW;
            END;
            $$;
            CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
            """
        #expect(lines(sql) == [1, 7])
        #expect(statements(sql).count == 2)
    }

    @Test func atomicBodyKeepsItsSemicolons() {
        let sql = """
            CREATE OR REPLACE FUNCTION grade(score int) RETURNS text LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN score > 50 THEN 'pass' ELSE 'fail' END;
              SELECT 'unused';
            END;
            SELECT 1;
            """
        #expect(lines(sql) == [1, 6])
    }

    @Test func beginOutsideRoutineEndsAtSemicolon() {
        #expect(statements("BEGIN; SELECT 1; COMMIT;") == ["BEGIN", "SELECT 1", "COMMIT"])
    }

    @Test func semicolonInsideParenthesesDoesNotSplit() {
        #expect(statements("SELECT (1; 2); SELECT 3") == ["SELECT ( 1 ; 2 )", "SELECT 3"])
    }

    @Test func unmatchedClosingParenthesisIsIgnored() {
        #expect(statements("SELECT 1); SELECT 2") == ["SELECT 1 )", "SELECT 2"])
    }

    @Test func nestedCommentsHideSemicolons() {
        #expect(statements("SELECT /* a; /* b; */ c; */ 1; SELECT 2") == ["SELECT 1", "SELECT 2"])
    }

    @Test func escapeStringsHideSemicolons() {
        #expect(statements(#"SELECT E'\'; x'; SELECT 2"#) == [#"SELECT E'\'; x'"#, "SELECT 2"])
    }

    @Test func connectLineIsSkipped() {
        let sql = "\\connect app\nCREATE TABLE a (id int);\n\\set ON_ERROR_STOP on\nSELECT 1;"
        #expect(statements(sql) == ["CREATE TABLE a ( id int )", "SELECT 1"])
        #expect(lines(sql) == [2, 4])
    }

    @Test func sendingMetaCommandEndsStatement() {
        let sql = "SELECT format('CREATE INDEX ON %I (id)', t) FROM tables \\gexec\nSELECT 2 \\g\nSELECT 3"
        #expect(statements(sql).count == 3)
        #expect(lines(sql) == [1, 2, 3])
    }

    @Test func backslashSemicolonSplitsWithinLine() {
        #expect(statements("SELECT 1 \\; SELECT 2") == ["SELECT 1", "SELECT 2"])
    }

    @Test func resetMetaCommandDiscardsStatement() {
        #expect(statements("SELECT 1\n\\r\nSELECT 2;") == ["SELECT 2"])
    }

    @Test func statementLineIsItsFirstToken() {
        let sql = "-- header\n\n  /* note */ CREATE TABLE a (\n  id int\n);\n\nALTER TABLE a\n  ADD b int;"
        #expect(lines(sql) == [3, 7])
    }

    @Test func crlfLinesMatchLFLines() {
        let lf = "SELECT 1;\n\nSELECT $$a\nb$$;\n-- c\nSELECT 3;"
        let crlf = lf.replacing("\n", with: "\r\n")
        #expect(lines(crlf) == [1, 3, 6])
        #expect(lines(crlf) == lines(lf))
    }

    @Test func unterminatedStringAtEndIsLastStatement() {
        let sql = "CREATE TABLE a (id int);\nINSERT INTO a VALUES ('x);\nDROP TABLE a;"
        #expect(lines(sql) == [1, 2])
        #expect(SQLStatementSplitter.split(sql).last?.tokens.last?.isTerminated == false)
    }

    @Test func garbageStillFormsStatements() {
        let sql = "\u{01}\u{02} ?? $ ### ;\n@@ }{ ;"
        #expect(lines(sql) == [1, 2])
    }
}
