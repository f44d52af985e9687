import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit
import VixenPostgres

/// Turns inventory migrations into the verifier's actions, writing the files psql runs into a
/// scratch folder.
///
/// Whole SQL files are written as the migration's own commit has them: base migrations from the
/// base and new ones from the head, so the work tree's state does not matter. SQL cut out of a
/// file is written to a file of its own, between `BEGIN;` and `COMMIT;` when the framework runs
/// it in a transaction.
struct MigrationActionWriter {
    /// An empty folder that receives the files.
    let folder: URL
    /// The commands that run the migrations of ``commandFramework``.
    let commands: Configuration.Database.Verify?
    /// The framework whose migrations run through ``commands``, or nil for none.
    let commandFramework: MigrationFramework?
    private var sectionCount = 0

    init(folder: URL, commands: Configuration.Database.Verify?, commandFramework: MigrationFramework?) {
        self.folder = folder
        self.commands = commands
        self.commandFramework = commandFramework
    }

    /// Returns the verifier's migration for `migration`, read from `snapshot`.
    ///
    /// - Parameter side: The subfolder of the scratch folder for whole files, `base` or `head`.
    mutating func action(for migration: InventoryMigration, from snapshot: TreeSnapshot, side: String)
        throws(RunFailure) -> Migration
    {
        if let commands, migration.framework == commandFramework {
            return Migration(
                name: migration.displayName, up: .command(commands.upCommand), down: .command(commands.downCommand))
        }
        let up = try action(for: migration.scripts.up, of: migration, snapshot: snapshot, side: side, direction: "up")
        let down = try migration.scripts.down.map { script throws(RunFailure) in
            try action(for: script, of: migration, snapshot: snapshot, side: side, direction: "down")
        }
        return Migration(name: migration.displayName, up: up, down: down)
    }

    private mutating func action(
        for script: MigrationScript, of migration: InventoryMigration, snapshot: TreeSnapshot, side: String,
        direction: String
    ) throws(RunFailure) -> MigrationAction {
        switch script {
        case .sqlFile(let path):
            let destination = folder.appendingPathComponent(side)
            try TreeExport(snapshot: snapshot, destination: destination).write([path])
            return .sqlFile(destination.appendingPathComponent(path).path)
        case .sql(let text, let inTransaction):
            sectionCount += 1
            let name = String(format: "%04d-%@.sql", sectionCount, direction)
            let file = folder.appendingPathComponent("sections").appendingPathComponent(name)
            try write(Self.sectionText(text, inTransaction: inTransaction), to: file)
            return .sqlFile(file.path)
        case .frameworkCommand:
            // VerifySelection has already stopped a run whose migrations need commands that are
            // not configured, so this is reached only if it did not.
            throw .message(
                Catalog.migrationsVerifyNeedsCommands(
                    migration: migration.displayName, framework: migration.framework.displayName))
        }
    }

    /// Returns the text of a section file.
    ///
    /// The lone `;` before `COMMIT` ends a last statement that has no semicolon, as the framework
    /// accepts it, and psql ignores it otherwise.
    static func sectionText(_ text: String, inTransaction: Bool) -> String {
        guard inTransaction else {
            return text + "\n"
        }
        return "BEGIN;\n" + text + "\n;\nCOMMIT;\n"
    }

    private func write(_ text: String, to file: URL) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            throw .message(
                Catalog.migrationsExportFailed(path: file.lastPathComponent, reason: error.localizedDescription))
        }
    }
}
