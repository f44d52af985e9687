import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A verified pg_dump archive of a database, taken before a deployment changes it.
public struct DatabaseBackup: Sendable, Equatable {
    /// The archive, in pg_dump's custom format.
    public let file: URL
    public let byteCount: Int64
    /// Older backups of the same database deleted to keep the newest ones.
    public let removed: [URL]

    /// Dumps the database of `url` into a new file in `folder`, checks that pg_restore can read it,
    /// then deletes the oldest backups of the same database beyond the `keep` newest.
    ///
    /// The dump is written to `<name>.partial` and renamed once pg_restore has listed it, so a
    /// file with the final name is always a complete archive. The folder is created with mode
    /// 0700 and the file with mode 0600, because a backup contains all the data. Pruning only
    /// deletes files named as this function names them, for this database.
    ///
    /// - Parameters:
    ///   - keep: How many backups of this database to keep, the new one included; at least 1.
    ///   - environment: The environment the tools inherit.
    ///   - now: The time in the file name.
    /// - Throws: ``PostgresError`` when the dump, its check or the pruning fails. A failed dump
    ///   or check leaves no file behind.
    public static func create(
        url: DatabaseURL,
        folder: URL,
        keep: Int,
        tools: PostgresTools,
        environment: [String: String],
        now: Date = Date()
    ) throws(PostgresError) -> DatabaseBackup {
        guard keep >= 1 else {
            throw .invalidBackupKeep(keep)
        }
        try prepare(folder)
        let client = PostgresClient(tools: tools, url: url, inheritedEnvironment: environment, cancellation: nil)
        let naming = BackupFileName(database: url.effectiveDatabase ?? url.effectiveUser ?? "postgres")
        let file = uniqueFile(in: folder, naming: naming, at: now)
        let partial = file.appendingPathExtension("partial")

        // Created empty first with mode 0600, so the dump is never readable by others, even
        // when the folder already existed with wider permissions.
        let descriptor = open(partial.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw .backupFolderUnusable(folder: folder.path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        if case .failure(let failure) = try client.dumpArchive(to: partial) {
            try? FileManager.default.removeItem(at: partial)
            if let mismatch = try client.versionMismatch() {
                throw mismatch
            }
            throw .backupDumpFailed(url: url.description, failure: failure)
        }
        if case .failure(let failure) = try client.listArchive(partial) {
            try? FileManager.default.removeItem(at: partial)
            throw .backupVerificationFailed(file: partial.path, failure: failure)
        }
        do {
            try FileManager.default.moveItem(at: partial, to: file)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw .backupFolderUnusable(folder: folder.path, reason: error.localizedDescription)
        }

        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)??.int64Value
        let removed = try prune(folder, naming: naming, keep: keep)
        return DatabaseBackup(file: file, byteCount: size ?? 0, removed: removed)
    }

    private static func prepare(_ folder: URL) throws(PostgresError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .backupFolderNotAFolder(folder.path)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .backupFolderUnusable(folder: folder.path, reason: error.localizedDescription)
        }
    }

    /// Returns the file for `date`, a millisecond later for each name already taken.
    private static func uniqueFile(in folder: URL, naming: BackupFileName, at date: Date) -> URL {
        var milliseconds = BackupFileName.milliseconds(of: date)
        var file = folder.appendingPathComponent(naming.name(atMillisecond: milliseconds))
        while FileManager.default.fileExists(atPath: file.path)
            || FileManager.default.fileExists(atPath: file.path + ".partial")
        {
            milliseconds += 1
            file = folder.appendingPathComponent(naming.name(atMillisecond: milliseconds))
        }
        return file
    }

    /// Deletes this database's backups beyond the `keep` newest and returns them.
    private static func prune(_ folder: URL, naming: BackupFileName, keep: Int) throws(PostgresError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .backupFolderUnusable(folder: folder.path, reason: error.localizedDescription)
        }
        let backups = names.filter(naming.matches).sorted(by: >)
        var removed: [URL] = []
        for name in backups.dropFirst(keep) {
            let file = folder.appendingPathComponent(name)
            do {
                try FileManager.default.removeItem(at: file)
            } catch {
                throw .backupPruneFailed(file: file.path, reason: error.localizedDescription)
            }
            removed.append(file)
        }
        return removed
    }
}
