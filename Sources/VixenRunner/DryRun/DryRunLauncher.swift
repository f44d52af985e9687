import Foundation
import VixenCore
import VixenPostgres

/// Writes each command a deployment would run, with where and against which database, and runs nothing.
///
/// A database URL is shown only with its password replaced by `***`.
public struct DryRunLauncher: CommandLauncher {
    public let language: Language
    /// The work tree, so folders show relative to it.
    public let workTree: URL
    public let write: @Sendable (String) -> Void

    public init(language: Language, workTree: URL, write: @escaping @Sendable (String) -> Void) {
        self.language = language
        self.workTree = workTree
        self.write = write
    }

    public func run(_ command: String, in directory: URL, database: DatabaseTarget?, urlVariable: String)
        throws(CommandLaunchError) -> CommandOutcome
    {
        let root = workTree.standardizedFileURL.path
        var folder = directory.standardizedFileURL.path
        if folder.hasPrefix(root) {
            folder = "." + folder.dropFirst(root.count)
        }
        let text: LocalizedText
        if let database {
            text = Catalog.runnerDryRunDatabaseCommand(
                command: command, folder: folder, variable: urlVariable, source: database.sourceVariable,
                url: database.url.description)
        } else {
            text = Catalog.runnerDryRunCommand(command: command, folder: folder)
        }
        write(text(language) + "\n")
        return CommandOutcome(status: 0, output: "")
    }
}

/// Writes the backup a deployment would take, and takes none.
public struct DryRunBackupMaker: BackupMaker {
    public let language: Language
    public let write: @Sendable (String) -> Void

    public init(language: Language, write: @escaping @Sendable (String) -> Void) {
        self.language = language
        self.write = write
    }

    public func backUp(_ database: DatabaseTarget, into folder: URL, keep: Int) throws(PostgresError)
        -> BackupSummary
    {
        let text = Catalog.runnerDryRunBackup(variable: database.sourceVariable, folder: folder.path, keep: keep)
        write(text(language) + "\n")
        return BackupSummary(file: nil, byteCount: 0, removed: [])
    }
}
