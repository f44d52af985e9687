import Testing
import VixenSyntax

@testable import VixenChecks

/// Tests the readers of SQL and JavaScript text that the framework readers share.
@Suite struct MigrationReadingTests {
    @Test func sqlStatementsSkipQuotesAndComments() {
        let text = SQLText(
            "-- a; b\nINSERT INTO t VALUES ('x;y', $$z;w$$, \"q;\");\n/* c; /* nested; */ d; */\n\nSELECT 2")
        #expect(text.statements().map(\.line) == [2, 5])
        #expect(text.statements().map(\.text) == ["INSERT INTO t VALUES ('x;y', $$z;w$$, \"q;\")", "SELECT 2"])
    }

    @Test func sqlStatementEndLine() {
        let text = SQLText("CREATE INDEX ix\n  ON t (a)\n  WHERE b = ';';\nDROP TABLE u;\n")
        #expect(text.statementEndLine(startingAt: 1) == 3)
        #expect(text.statementEndLine(startingAt: 4) == 4)
        #expect(SQLText("ALTER TABLE t\n  DROP COLUMN c\n").statementEndLine(startingAt: 1) == 2)
    }

    @Test func sqlEscapeStringsAndDollarTags() {
        let text = SQLText("SELECT E'it\\'s;'; SELECT $fn$ a; $fn$; SELECT $1;")
        #expect(text.statements().count == 3)
    }

    @Test func sqlDownShapes() {
        #expect(SQLText("  -- only a comment\n;\n").shape(firstLine: 1) == .empty)
        #expect(SQLText("Select   1 ;").shape(firstLine: 1) == .declaredNoOp("SELECT 1"))
        #expect(
            SQLText("\nDO $$\nBEGIN RAISE EXCEPTION 'no'; END\n$$;").shape(firstLine: 10)
                == .raises(statement: "DO $$", line: 11))
        #expect(SQLText("DROP TABLE t;").shape(firstLine: 1) == .code)
    }

    private func exportedBody(_ name: String, _ code: String) -> String? {
        let source = JavaScriptCode(Array(code.utf8))
        return JavaScriptExport.find(name, in: source).map { source.compactText($0.body) }
    }

    @Test func javaScriptExportForms() {
        #expect(
            exportedBody("down", "exports.down = function(knex) { return knex.schema.dropTable('a'); };")
                == "return knex.schema.dropTable('a');")
        #expect(exportedBody("down", "module.exports.down = async knex => knex.raw('x');") == "knex.raw('x')")
        #expect(exportedBody("down", "export const down = async (knex: Knex): Promise<void> => {};") == "")
        #expect(
            exportedBody("down", "export async function down(knex) {\n  await knex.schema.dropTable('a');\n}")
                == "await knex.schema.dropTable('a');")
        #expect(
            exportedBody("down", "module.exports = {\n  async up(knex) {},\n  down(knex) { return 1; },\n};")
                == "return 1;")
        #expect(
            exportedBody("down", "module.exports = { up: (k) => k, down: function (k) { return 2; } };") == "return 2;")
        #expect(exportedBody("down", "function down(k) { return 3; }\nmodule.exports = { up, down };") == "return 3;")
    }

    @Test func javaScriptNamesInCommentsAndStringsAreIgnored() {
        #expect(
            exportedBody("down", "// exports.down = () => 1\nconst s = 'exports.down = 2';\nexports.up = () => 1;")
                == nil)
        #expect(exportedBody("down", "exports.downgrade = () => 1;") == nil)
        #expect(exportedBody("down", "const r = /exports.down = '/;\nexports.down = () => 2;") == "2")
    }

    @Test func goRegistrationVariants() throws {
        let named = MigrationFile(
            path: "m/00002_a.go",
            bytes: Array(
                "package m\nfunc init() {\n\tgoose.AddNamedMigrationContext(\"00002_a.go\", up, nil)\n}\n".utf8))
        let migrations = GooseGoFile(file: named).migrations()
        #expect(migrations.map(\.version) == ["2"])
        #expect(migrations.flatMap(\.reversibility).map(\.kind) == [.missing])
        #expect(migrations.flatMap(\.reversibility).map(\.line) == [3])

        let literal = MigrationFile(
            path: "m/00003_b.go",
            bytes: Array(
                "package m\nfunc init() {\n\tgoose.AddMigration(func(tx *sql.Tx) error { return work(tx) }, "
                    .utf8) + Array("func(tx *sql.Tx) error {\n\t\treturn nil\n\t})\n}\n".utf8))
        #expect(GooseGoFile(file: literal).migrations().flatMap(\.reversibility).map(\.kind) == [.empty])
    }
}
