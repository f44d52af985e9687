import Foundation

/// Proves migrations reversible on a scratch database: each new migration is applied, undone
/// and applied again, and the schema after the undo must equal the schema before the migration.
///
/// The scratch database is created on the server of the URL, next to the URL's database, which
/// is only read (to count its tables). It is dropped at the end, also after a failed step or an
/// interruption; when even that fails, the ``VerificationEvent/scratchDatabaseNotDropped(_:reason:)``
/// event names it.
public struct MigrationVerifier: Sendable {
    public let url: DatabaseURL
    public let tools: PostgresTools
    public let options: VerificationOptions
    /// The environment the tools and commands inherit.
    public let environment: [String: String]
    public let cancellation: Cancellation?
    public let onEvent: @Sendable (VerificationEvent) -> Void

    public init(
        url: DatabaseURL,
        tools: PostgresTools,
        options: VerificationOptions,
        environment: [String: String],
        cancellation: Cancellation? = nil,
        onEvent: @escaping @Sendable (VerificationEvent) -> Void = { _ in }
    ) {
        self.url = url
        self.tools = tools
        self.options = options
        self.environment = environment
        self.cancellation = cancellation
        self.onEvent = onEvent
    }

    /// Applies `base` in order, then verifies each of `new` in order.
    ///
    /// Verification stops at the first migration that is not reversible, because the later
    /// ones would start from a wrong schema; they are listed in the report as not verified.
    ///
    /// - Returns: The report; ``VerificationReport/passed`` is false when a migration is not
    ///   reversible.
    /// - Throws: ``PostgresError`` when verification could not run: the server cannot be reached,
    ///   the URL's database has tables, a migration or a dump failed, or it was interrupted.
    public func verify(base: [Migration], new: [Migration]) throws(PostgresError) -> VerificationReport {
        let administrator = PostgresClient(
            tools: tools, url: url, inheritedEnvironment: environment, cancellation: cancellation)
        let server = try checkTarget(administrator)
        let scratch = ScratchDatabase(
            name: ScratchDatabase.randomName(), administrator: administrator,
            dropsWithForce: server.map { $0.majorKey >= 1300 } ?? false)

        try checkCancelled()
        try scratch.create()
        onEvent(.scratchDatabaseCreated(scratch.name))

        let outcome: Result<VerificationReport, PostgresError>
        do {
            let run = VerificationRun(
                verifier: self, scratch: scratch.client, scratchName: scratch.name, server: server)
            outcome = .success(try run.execute(base: base, new: new))
        } catch {
            outcome = .failure(error)
        }

        let dropFailure = scratch.drop()
        if let dropFailure {
            onEvent(.scratchDatabaseNotDropped(scratch.name, reason: dropFailure))
        } else {
            onEvent(.scratchDatabaseDropped(scratch.name))
        }
        if cancellation?.isCancelled == true {
            throw .interrupted(scratchDatabase: scratch.name, dropped: dropFailure == nil)
        }
        return try outcome.get()
    }

    /// Connects to the URL's database, rejects it when it contains tables unless allowed, and returns
    /// the server's version.
    private func checkTarget(_ administrator: PostgresClient) throws(PostgresError) -> PostgresVersion? {
        let query = """
            SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_catalog.pg_tables \
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
            """
        let tables: [String]
        switch try administrator.query(query) {
        case .success(let rows):
            tables = rows
        case .failure(let failure):
            try checkCancelled()
            throw .connectionFailed(url: url.description, failure: failure)
        }
        guard tables.isEmpty || options.allowExistingTables else {
            throw .existingTables(url: url.description, count: tables.count, examples: Array(tables.prefix(5)))
        }
        return try administrator.serverVersion()
    }

    /// Throws ``PostgresError/interrupted(scratchDatabase:dropped:)`` when cancelled before a
    /// scratch database exists.
    private func checkCancelled() throws(PostgresError) {
        if cancellation?.isCancelled == true {
            throw .interrupted(scratchDatabase: nil, dropped: true)
        }
    }
}
