import VixenCore

/// Anything that stops work against a PostgreSQL server.
///
/// Every value shown in a message is already redacted: URLs show `***` for the password, and
/// tool output went through a ``SecretMask``.
public enum PostgresError: Error, Sendable, Equatable {
    case invalidURL(DatabaseURLError)
    /// A tool is neither in the configured folder, nor on PATH, nor in a versioned folder.
    case toolNotFound(tool: String, searched: [String])
    /// The configured tools folder lacks one of psql, pg_dump and pg_restore.
    case toolMissingFromFolder(tool: String, folder: String)
    case launchFailed(tool: String, reason: String)
    /// The first query on the server named in the URL failed: it is unreachable, the login
    /// was rejected, or the database does not exist.
    case connectionFailed(url: String, failure: ToolFailure)
    /// pg_dump rejected a server of a newer major version than its own.
    case dumpOlderThanServer(dumpPath: String, dumpVersion: String, serverVersion: String, serverMajor: String)
    /// The database named in the URL has tables, and existing databases were not allowed.
    case existingTables(url: String, count: Int, examples: [String])
    case scratchDatabaseNotCreated(name: String, failure: ToolFailure)
    /// A migration or a schema dump failed during verification.
    case stepFailed(step: VerificationStep, migration: String, failure: ToolFailure)
    /// Verification stopped on a signal, before a scratch database was created (nil) or after.
    ///
    /// `dropped` is true when that database is gone.
    case interrupted(scratchDatabase: String?, dropped: Bool)
    case invalidBackupKeep(Int)
    case backupFolderUnusable(folder: String, reason: String)
    /// The backup folder's path names a file.
    case backupFolderNotAFolder(String)
    case backupDumpFailed(url: String, failure: ToolFailure)
    case backupVerificationFailed(file: String, failure: ToolFailure)
    case backupPruneFailed(file: String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .invalidURL(let error):
            error.message
        case .toolNotFound(let tool, let searched):
            Catalog.postgresToolNotFound(tool, searched: searched)
        case .toolMissingFromFolder(let tool, let folder):
            Catalog.postgresToolMissingFromFolder(tool, folder: folder)
        case .launchFailed(let tool, let reason):
            Catalog.postgresLaunchFailed(tool, reason: reason)
        case .connectionFailed(let url, let failure):
            Catalog.postgresConnectionFailed(url: url, failure: failure.summary)
        case .dumpOlderThanServer(let dumpPath, let dumpVersion, let serverVersion, let serverMajor):
            Catalog.postgresDumpOlderThanServer(
                path: dumpPath, dumpVersion: dumpVersion, serverVersion: serverVersion, serverMajor: serverMajor)
        case .existingTables(let url, let count, let examples):
            Catalog.postgresExistingTables(url: url, count: count, examples: examples)
        case .scratchDatabaseNotCreated(let name, let failure):
            Catalog.postgresScratchNotCreated(name, failure: failure.summary)
        case .stepFailed(let step, let migration, let failure):
            Catalog.postgresStepFailed(step: step.title, migration: migration, failure: failure.summary)
        case .interrupted(let scratchDatabase, let dropped):
            Catalog.postgresInterrupted(scratchDatabase: scratchDatabase, dropped: dropped)
        case .invalidBackupKeep(let keep):
            Catalog.postgresBackupInvalidKeep(keep)
        case .backupFolderUnusable(let folder, let reason):
            Catalog.postgresBackupFolderUnusable(folder, reason: reason)
        case .backupFolderNotAFolder(let folder):
            Catalog.postgresBackupNotAFolder(folder)
        case .backupDumpFailed(let url, let failure):
            Catalog.postgresBackupDumpFailed(url: url, failure: failure.summary)
        case .backupVerificationFailed(let file, let failure):
            Catalog.postgresBackupVerificationFailed(file, failure: failure.summary)
        case .backupPruneFailed(let file, let reason):
            Catalog.postgresBackupPruneFailed(file, reason: reason)
        }
    }
}

/// A tool that exited with a nonzero status, with its error output already masked.
public struct ToolFailure: Error, Sendable, Equatable {
    /// The tool's file name, such as `psql`, or `sh -c` for a configured command.
    public let tool: String
    public let status: Int32
    /// The tool's standard error, or its standard output when that is empty, without trailing
    /// blank lines and with secrets masked.
    public let output: String

    public init(tool: String, status: Int32, output: String) {
        self.tool = tool
        self.status = status
        self.output = output
    }

    init(tool: String, result: ToolResult, mask: SecretMask) {
        let stderr = result.stderr.trimmingTrailingWhitespace()
        let text = stderr.isEmpty ? result.stdout.trimmingTrailingWhitespace() : stderr
        self.init(tool: tool, status: result.status, output: mask.apply(text))
    }

    /// The tool, its exit status and its output, as one message.
    var summary: LocalizedText {
        Catalog.postgresToolFailure(tool: tool, status: status, output: output)
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace {
            text.removeLast()
        }
        return String(text)
    }
}
