import Foundation
import VixenPostgres

/// Takes the backup of a database before a deployment migrates it.
public protocol BackupMaker: Sendable {
    /// Dumps `database` into a new file in `folder`, verifies it, and prunes older backups beyond `keep`.
    func backUp(_ database: DatabaseTarget, into folder: URL, keep: Int) throws(PostgresError) -> BackupSummary
}

/// A backup that was written, or that a dry run would write.
public struct BackupSummary: Sendable, Equatable {
    /// The archive, or nil in a dry run.
    public let file: URL?
    public let byteCount: Int64
    /// Older backups deleted to keep the newest ones.
    public let removed: [URL]

    public init(file: URL?, byteCount: Int64, removed: [URL]) {
        self.file = file
        self.byteCount = byteCount
        self.removed = removed
    }
}

/// Takes backups with pg_dump's custom format through ``DatabaseBackup``.
public struct PostgresBackupMaker: BackupMaker {
    /// The folder of the PostgreSQL tools, `database.pg_bin`, or nil to search for them.
    public let toolsFolder: String?
    public let environment: [String: String]

    public init(toolsFolder: String?, environment: [String: String]) {
        self.toolsFolder = toolsFolder
        self.environment = environment
    }

    public func backUp(_ database: DatabaseTarget, into folder: URL, keep: Int) throws(PostgresError)
        -> BackupSummary
    {
        let tools = try PostgresTools.locate(configuredFolder: toolsFolder, environment: environment)
        let backup = try DatabaseBackup.create(
            url: database.url, folder: folder, keep: keep, tools: tools, environment: environment)
        return BackupSummary(file: backup.file, byteCount: backup.byteCount, removed: backup.removed)
    }
}
