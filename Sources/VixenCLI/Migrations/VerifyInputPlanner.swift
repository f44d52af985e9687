import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit
import VixenPostgres

/// Builds the verifier's input from a range of commits: the migrations at the base, and those
/// the head adds, found by the migration check's discovery (``MigrationInventory``).
///
/// SQL migrations run through psql from files written into a scratch folder. The migrations of
/// a framework that only its own tool runs, such as Alembic, run through `database.verify`'s
/// commands in an export of the head's files under `database.verify.working_directory`. Either
/// way the files come from the commits, so the work tree's state does not matter.
struct VerifyInputPlanner {
    let repository: Repository
    let range: RangeSelection
    let configuration: Configuration
    /// An empty folder that receives the exported files.
    let folder: URL

    func plan() throws(RunFailure) -> VerifyInput {
        let head = try snapshot(range.head)
        let base = try range.base.map { commit throws(RunFailure) in try snapshot(commit) }
        let headInventory = try inventory(head, commit: range.head)
        var baseInventory: MigrationInventory?
        if let base, let commit = range.base {
            baseInventory = try inventory(base, commit: commit)
        }
        let oversized = Set(headInventory.oversizedPaths + (baseInventory?.oversizedPaths ?? [])).sorted()
        if let path = oversized.first {
            throw .message(
                Catalog.migrationsVerifyFileTooLarge(path: path, limit: configuration.limits.maxFileSize))
        }
        let selection = VerifySelection(base: baseInventory?.migrations ?? [], head: headInventory.migrations)
        guard !selection.new.isEmpty else {
            return VerifyInput(base: [], new: [], workingDirectory: folder, baseVersionsApplied: [])
        }

        let verify = configuration.database.verify
        let commandFramework = try selection.commandFramework(commandsConfigured: verify != nil)
        var workingDirectory = folder
        if let verify, let commandFramework {
            workingDirectory = try exportForCommands(
                verify, framework: commandFramework, selection: selection, base: base, head: head)
        }

        var writer = MigrationActionWriter(folder: folder, commands: verify, commandFramework: commandFramework)
        var baseMigrations: [Migration] = []
        if let base {
            for migration in selection.base {
                baseMigrations.append(try writer.action(for: migration, from: base, side: "base"))
            }
        }
        var newMigrations: [Migration] = []
        for migration in selection.new {
            newMigrations.append(try writer.action(for: migration, from: head, side: "head"))
        }
        return VerifyInput(
            base: baseMigrations, new: newMigrations, workingDirectory: workingDirectory,
            baseVersionsApplied: selection.changedBase.map(\.displayName))
    }

    /// Writes the head's files under the commands' working directory, with the base's version of
    /// each of the framework's base migrations laid over them, and returns the folder the
    /// commands run in.
    private func exportForCommands(
        _ verify: Configuration.Database.Verify, framework: MigrationFramework, selection: VerifySelection,
        base: TreeSnapshot?, head: TreeSnapshot
    ) throws(RunFailure) -> URL {
        let subfolder = verify.workingDirectory ?? ""
        let prefix = subfolder.isEmpty ? "" : subfolder + "/"
        let treePaths = head.paths.filter { $0.hasPrefix(prefix) }
        guard !treePaths.isEmpty else {
            throw .message(Catalog.migrationsWorkingDirectoryMissing(subfolder, commit: range.head.short))
        }
        let tree = folder.appendingPathComponent("tree")
        try TreeExport(snapshot: head, destination: tree).write(treePaths)
        if let base {
            let files = selection.changedBase.filter { $0.framework == framework }.flatMap { migration in
                [migration.path] + (migration.downPath.map { [$0] } ?? [])
            }
            try TreeExport(snapshot: base, destination: tree).write(files)
        }
        return subfolder.isEmpty ? tree : tree.appendingPathComponent(subfolder)
    }

    private func inventory(_ snapshot: TreeSnapshot, commit: ObjectID) throws(RunFailure) -> MigrationInventory {
        do {
            return try MigrationInventory(snapshot: snapshot, configuration: configuration)
        } catch let error as GitError {
            throw .git(error)
        } catch {
            throw .message(Catalog.migrationsInventoryFailed(commit: commit.short, reason: String(describing: error)))
        }
    }

    private func snapshot(_ commit: ObjectID) throws(RunFailure) -> TreeSnapshot {
        do {
            return try TreeSnapshot(repository: repository, commit: commit)
        } catch {
            throw .git(error)
        }
    }
}
