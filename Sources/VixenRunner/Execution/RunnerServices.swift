import VixenCoolify

/// The ways the executor reaches the world, injected so that a dry run and tests replace them.
public struct RunnerServices: Sendable {
    /// The client of Coolify's API, health checks, smoke tests and rollback webhooks.
    public let http: HTTPClient
    public let launcher: any CommandLauncher
    public let backups: any BackupMaker
    /// Receives report lines, notices and dry-run transcripts as they happen.
    public let events: @Sendable (ExecutorEvent) -> Void

    public init(
        http: HTTPClient, launcher: any CommandLauncher, backups: any BackupMaker,
        events: @escaping @Sendable (ExecutorEvent) -> Void
    ) {
        self.http = http
        self.launcher = launcher
        self.backups = backups
        self.events = events
    }
}
