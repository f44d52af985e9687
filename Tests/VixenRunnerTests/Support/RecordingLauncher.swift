import Foundation
import VixenPostgres
import VixenRunner

/// A launcher that records each command and returns the exit status scripted for it, 0 by default.
final class RecordingLauncher: CommandLauncher, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var statuses: [String: Int32]
    private var recorded: [String] = []

    init(statuses: [String: Int32] = [:]) {
        self.statuses = statuses
    }

    /// The commands run so far, in order.
    var commands: [String] {
        lock.withLock { recorded }
    }

    func run(_ command: String, in directory: URL, database: DatabaseTarget?, urlVariable: String)
        throws(CommandLaunchError) -> CommandOutcome
    {
        lock.withLock {
            recorded.append(command)
            return CommandOutcome(status: statuses[command] ?? 0, output: "output of \(command)")
        }
    }
}

/// A backup maker that records each backup and writes nothing.
final class RecordingBackups: BackupMaker, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var recorded: [String] = []

    var folders: [String] {
        lock.withLock { recorded }
    }

    func backUp(_ database: DatabaseTarget, into folder: URL, keep: Int) throws(PostgresError) -> BackupSummary {
        lock.withLock { recorded.append(folder.path) }
        return BackupSummary(file: folder.appendingPathComponent("app.dump"), byteCount: 42, removed: [])
    }
}
