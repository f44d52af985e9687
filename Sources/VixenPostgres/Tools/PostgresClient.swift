import Foundation

/// Runs psql, pg_dump and pg_restore against one database URL.
///
/// The URL reaches the tools only through libpq's environment variables. Every tool runs with
/// `--no-password`, so a missing password fails at once instead of waiting for a prompt, and
/// with `PGCONNECT_TIMEOUT` set to ``defaultConnectTimeout`` seconds unless the URL or the
/// environment sets it, so an unreachable server fails instead of hanging.
struct PostgresClient: Sendable {
    static let defaultConnectTimeout = "10"

    let tools: PostgresTools
    let url: DatabaseURL
    /// The environment the tools inherit, before the URL's variables are set.
    let inheritedEnvironment: [String: String]
    let cancellation: Cancellation?

    var mask: SecretMask { SecretMask(url: url) }

    /// Returns a client for another database on the same server, as the same role.
    func connecting(to database: String) -> PostgresClient {
        PostgresClient(
            tools: tools, url: url.replacingDatabase(database), inheritedEnvironment: inheritedEnvironment,
            cancellation: cancellation)
    }

    var environment: [String: String] {
        var environment = url.libpqEnvironment(inheriting: inheritedEnvironment)
        if environment["PGCONNECT_TIMEOUT"] == nil {
            environment["PGCONNECT_TIMEOUT"] = Self.defaultConnectTimeout
        }
        return environment
    }

    /// Runs one SQL command and returns the rows of its result, one line each, with columns
    /// separated by `|`.
    func query(_ sql: String) throws(PostgresError) -> Result<[String], ToolFailure> {
        let result = try run(
            tools.psql, ["--no-password", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        guard result.succeeded else {
            return .failure(failure(result, tool: "psql"))
        }
        return .success(result.stdout.split(separator: "\n").map(String.init))
    }

    /// Runs a SQL file with psql, stopping at its first error.
    func runFile(_ path: String) throws(PostgresError) -> Result<Void, ToolFailure> {
        let result = try run(tools.psql, ["--no-password", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", path])
        return result.succeeded ? .success(()) : .failure(failure(result, tool: "psql"))
    }

    /// Returns the schema of the database as pg_dump writes it, without the tables in
    /// `excludedTables` (pg_dump patterns, matched in every schema).
    func dumpSchema(excludingTables excludedTables: [String]) throws(PostgresError) -> Result<String, ToolFailure> {
        var arguments = ["--no-password", "--schema-only"]
        arguments += excludedTables.map { "--exclude-table=\($0)" }
        let result = try run(tools.pgDump, arguments)
        return result.succeeded ? .success(result.stdout) : .failure(failure(result, tool: "pg_dump"))
    }

    /// Writes the database to `file` in pg_dump's custom format, which pg_restore reads.
    func dumpArchive(to file: URL) throws(PostgresError) -> Result<Void, ToolFailure> {
        let result = try run(tools.pgDump, ["--no-password", "--format=custom", "--file=\(file.path)"])
        return result.succeeded ? .success(()) : .failure(failure(result, tool: "pg_dump"))
    }

    /// Lists the contents of a custom-format archive, which reads it whole without a server.
    func listArchive(_ file: URL) throws(PostgresError) -> Result<String, ToolFailure> {
        let result = try run(tools.pgRestore, ["--list", file.path])
        return result.succeeded ? .success(result.stdout) : .failure(failure(result, tool: "pg_restore"))
    }

    /// Returns the server's version, or nil when the query fails.
    func serverVersion() throws(PostgresError) -> PostgresVersion? {
        guard case .success(let rows) = try query("SHOW server_version_num"), let row = rows.first else {
            return nil
        }
        return PostgresVersion(versionNumber: row)
    }

    /// Returns the version of pg_dump, or nil when it cannot tell.
    func dumpVersion() throws(PostgresError) -> PostgresVersion? {
        let result = try run(tools.pgDump, ["--version"])
        return result.succeeded ? PostgresVersion(toolOutput: result.stdout) : nil
    }

    /// Returns the error for a failed pg_dump: ``PostgresError/dumpOlderThanServer(dumpPath:dumpVersion:serverVersion:serverMajor:)``
    /// when pg_dump is older than the server, which it rejects, else nil.
    ///
    /// The versions are compared rather than the message read, because pg_dump translates its
    /// messages into the user's language.
    func versionMismatch(server knownServer: PostgresVersion? = nil) throws(PostgresError) -> PostgresError? {
        var server = knownServer
        if server == nil {
            server = try serverVersion()
        }
        guard let server, let dump = try dumpVersion(), !dump.canDump(server) else {
            return nil
        }
        return .dumpOlderThanServer(
            dumpPath: tools.pgDump.path, dumpVersion: dump.text, serverVersion: server.text,
            serverMajor: server.majorText)
    }

    func failure(_ result: ToolResult, tool: String) -> ToolFailure {
        ToolFailure(tool: tool, result: result, mask: mask)
    }

    private func run(_ executable: URL, _ arguments: [String]) throws(PostgresError) -> ToolResult {
        let invocation = ToolInvocation(executable: executable, arguments: arguments, environment: environment)
        return try ToolProcess.run(invocation, cancellation: cancellation)
    }
}
