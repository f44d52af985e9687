import Foundation
import VixenConfig
import VixenCore
import VixenGit
import VixenPostgres

/// Builds the verifier's input from a range of commits: the migrations at the base, and those
/// the head adds.
///
/// With `database.verify` configured, each migration is one run of its up or down command;
/// otherwise each is a pair of SQL files. Files come from the commits, written into a scratch
/// folder, so the work tree's state does not matter.
///
/// NOTE: a migration is new when its name is not at the base; a base migration edited in the
/// range is applied as the base has it, and its edit is not verified. New migrations are applied
/// after all of the base's, whatever their names' order.
struct VerifyInputPlanner {
    let repository: Repository
    let range: RangeSelection
    let database: Configuration.Database
    /// An empty folder that receives the exported files.
    let folder: URL

    func plan() throws(RunFailure) -> VerifyInput {
        let head = try snapshot(range.head)
        let base = try range.base.map { commit throws(RunFailure) in try snapshot(commit) }
        if let verify = database.verify {
            return try commandPlan(verify, base: base, head: head)
        }
        return try sqlPlan(base: base, head: head)
    }

    private func sqlPlan(base: TreeSnapshot?, head: TreeSnapshot) throws(RunFailure) -> VerifyInput {
        let basePairs = base.map { SQLPairPlanner.pairs(in: $0.paths) } ?? []
        let baseNames = Set(basePairs.map(\.name))
        let newPairs = SQLPairPlanner.pairs(in: head.paths).filter { !baseNames.contains($0.name) }

        let baseFolder = folder.appendingPathComponent("base")
        let headFolder = folder.appendingPathComponent("head")
        if let base {
            try TreeExport(snapshot: base, destination: baseFolder).write(basePairs.flatMap(Self.files))
        }
        try TreeExport(snapshot: head, destination: headFolder).write(newPairs.flatMap(Self.files))

        return VerifyInput(
            base: basePairs.map { Self.migration($0, in: baseFolder) },
            new: newPairs.map { Self.migration($0, in: headFolder) },
            workingDirectory: folder)
    }

    private func commandPlan(
        _ verify: Configuration.Database.Verify, base: TreeSnapshot?, head: TreeSnapshot
    ) throws(RunFailure) -> VerifyInput {
        let subfolder = verify.workingDirectory ?? ""
        let prefix = subfolder.isEmpty ? "" : subfolder + "/"
        let treePaths = head.paths.filter { $0.hasPrefix(prefix) }
        guard !treePaths.isEmpty else {
            throw .message(Catalog.migrationsWorkingDirectoryMissing(subfolder, commit: range.head.short))
        }

        let baseFiles: [String]
        let headFiles: [String]
        do {
            baseFiles = try base.map { try CommandPlanner.revisionFiles(in: $0, under: subfolder) } ?? []
            headFiles = try CommandPlanner.revisionFiles(in: head, under: subfolder)
        } catch let error as GitError {
            throw .git(error)
        } catch {
            throw .message(Catalog.migrationsExportFailed(path: subfolder, reason: error.localizedDescription))
        }
        let baseSet = Set(baseFiles)

        let tree = folder.appendingPathComponent("tree")
        try TreeExport(snapshot: head, destination: tree).write(treePaths)
        let migration = { (name: String) in
            Migration(name: name, up: .command(verify.upCommand), down: .command(verify.downCommand))
        }
        return VerifyInput(
            base: baseFiles.map(migration),
            new: headFiles.filter { !baseSet.contains($0) }.map(migration),
            workingDirectory: subfolder.isEmpty ? tree : tree.appendingPathComponent(subfolder))
    }

    private func snapshot(_ commit: ObjectID) throws(RunFailure) -> TreeSnapshot {
        do {
            return try TreeSnapshot(repository: repository, commit: commit)
        } catch {
            throw .git(error)
        }
    }

    private static func files(_ pair: SQLMigrationPair) -> [String] {
        [pair.upPath] + (pair.downPath.map { [$0] } ?? [])
    }

    private static func migration(_ pair: SQLMigrationPair, in folder: URL) -> Migration {
        Migration(
            name: pair.name,
            up: .sqlFile(folder.appendingPathComponent(pair.upPath).path),
            down: pair.downPath.map { .sqlFile(folder.appendingPathComponent($0).path) })
    }
}
