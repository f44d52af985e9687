import Testing
import VixenChecks
import VixenConfig
import VixenCore

@testable import VixenCLI

/// Tests which migrations a verification applies, and when it needs `database.verify`'s commands.
@Suite struct VerifySelectionTests {
    private func inventory(_ files: [String: String]) throws -> [InventoryMigration] {
        let configuration = try Configuration.parse(bytes: [], source: ".vixen-gate.yml")
        return try MigrationInventory(snapshot: InMemorySnapshot(files: files), configuration: configuration).migrations
    }

    /// Returns the English message of the error `commandFramework` throws, or nil when it throws none.
    private func commandError(_ selection: VerifySelection, configured: Bool) -> String? {
        do {
            _ = try selection.commandFramework(commandsConfigured: configured)
            return nil
        } catch {
            guard case .message(let text) = error else {
                return "unexpected error"
            }
            return text.english
        }
    }

    @Test func newEditedAndDeletedMigrations() throws {
        let base = try inventory([
            "db/1_a.up.sql": "SELECT 1;", "db/2_b.up.sql": "SELECT 2;", "db/3_c.up.sql": "SELECT 3;",
        ])
        let head = try inventory([
            "db/1_a.up.sql": "SELECT 1;", "db/2_b.up.sql": "SELECT 22;", "db/4_d.up.sql": "SELECT 4;",
        ])

        let selection = VerifySelection(base: base, head: head)

        #expect(selection.base.map(\.id) == ["1_a", "2_b", "3_c"])
        #expect(selection.new.map(\.id) == ["4_d"])
        #expect(selection.changedBase.map(\.id) == ["2_b", "3_c"])
    }

    @Test func sqlNeedsNoCommands() throws {
        let selection = VerifySelection(base: [], head: try inventory(["db/1_a.up.sql": "SELECT 1;"]))

        #expect(throws: Never.self) { try selection.commandFramework(commandsConfigured: false) }
        #expect(try selection.commandFramework(commandsConfigured: false) == nil)
    }

    @Test func alembicUsesConfiguredCommands() throws {
        let head = try inventory([
            "db/1_a.up.sql": "SELECT 1;", "alembic/versions/a1.py": "revision = \"a1\"\ndown_revision = None\n",
        ])
        let selection = VerifySelection(base: [], head: head)

        #expect(try selection.commandFramework(commandsConfigured: true) == .alembic)
        #expect(
            commandError(selection, configured: false)?.hasPrefix(
                "Migration alembic/versions/a1.py needs Alembic's own tool to run, and database.verify") == true)
    }

    @Test func twoCommandFrameworksAreAmbiguous() throws {
        let head = try inventory([
            "alembic/versions/a1.py": "revision = \"a1\"\ndown_revision = None\n",
            "migrations/20240101_a.js": "exports.up = (knex) => knex.schema;\nexports.down = () => null;\n",
        ])
        let selection = VerifySelection(base: [], head: head)

        #expect(
            commandError(selection, configured: true)
                == "The repository has migrations of several frameworks that need their own tool (Alembic, Knex), "
                + "but database.verify sets one pair of commands, so nothing was verified. Verify one framework at a "
                + "time: set migrations.<framework>.paths to [] in .vixen-gate.yml for the others.")
    }
}
