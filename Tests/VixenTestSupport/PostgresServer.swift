import Foundation
import VixenPostgres

/// The PostgreSQL server that database tests run against, named by `VIXEN_GATE_TEST_DATABASE_URL`.
///
/// `scripts/test.sh` starts a private server with `scripts/start-postgres.sh` and sets the variable.
/// Without it, database tests are skipped with ``skipReason`` in the test output, except when
/// `CI=true`: then they run and fail on ``url()``, because CI must not pass without them.
public enum PostgresServer {
    public static let urlVariable = "VIXEN_GATE_TEST_DATABASE_URL"

    /// The variable's value, or nil when it is unset or empty.
    public static var urlText: String? {
        guard let text = ProcessInfo.processInfo.environment[urlVariable], !text.isEmpty else {
            return nil
        }
        return text
    }

    /// True when database tests run: a server is named, or CI requires one.
    public static var testsEnabled: Bool {
        urlText != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// Why database tests are skipped, for the `.enabled(if:)` trait's comment.
    public static let skipReason = """
        \(urlVariable) is not set, so there is no PostgreSQL server to test against. Run \
        scripts/test.sh, which starts one, or start one with scripts/start-postgres.sh and export its URL.
        """

    /// Returns the parsed URL of the test server.
    ///
    /// - Throws: ``PostgresServerError/notConfigured`` when the variable is unset, which happens
    ///   in CI only when the server did not start.
    public static func url() throws -> DatabaseURL {
        guard let urlText else {
            throw PostgresServerError.notConfigured(variable: urlVariable)
        }
        return try DatabaseURL(parsing: urlText)
    }

    /// Returns the client tools, searched as `vixen-gate` searches them.
    public static func tools() throws -> PostgresTools {
        try PostgresTools.locate(configuredFolder: nil, environment: ProcessInfo.processInfo.environment)
    }

    /// Creates an empty database with a unique name and returns it; it is dropped when released.
    public static func createDatabase() throws -> TestDatabase {
        let name = "vixen_gate_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let server = try url()
        try query("CREATE DATABASE \"\(name)\"", on: server)
        return TestDatabase(url: server.replacingDatabase(name), server: server)
    }

    /// Runs SQL with psql on the database of `url` and returns the rows, one line each with
    /// columns separated by `|`.
    ///
    /// - Throws: ``PostgresServerError/queryFailed(sql:status:stderr:)`` on a nonzero exit.
    @discardableResult
    public static func query(_ sql: String, on url: DatabaseURL) throws -> [String] {
        let tools = try tools()
        let environment = url.libpqEnvironment(inheriting: ProcessInfo.processInfo.environment)
        let result = try ProcessRunner.run(
            tools.psql.path, ["--no-password", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
            environment: environment)
        guard result.status == 0 else {
            throw PostgresServerError.queryFailed(sql: sql, status: result.status, stderr: result.stderr)
        }
        return result.stdout.split(separator: "\n").map(String.init)
    }

}

/// An empty database on the test server, dropped when the value is released.
public final class TestDatabase: Sendable {
    /// The URL of this database, as the test role.
    public let url: DatabaseURL
    /// The URL of the server's default database, from which this one is dropped.
    let server: DatabaseURL

    init(url: DatabaseURL, server: DatabaseURL) {
        self.url = url
        self.server = server
    }

    public var name: String { url.database ?? "" }

    /// The URL with its password, for a child's environment.
    ///
    /// Never print it.
    public var urlText: String { url.secretText }

    /// The test role's name.
    public var user: String { url.user ?? "" }

    /// The test role's password, for checking that no output contains it.
    public var password: String { url.password ?? "" }

    /// Returns the rows of `sql` run on this database, one line each with columns separated by `|`.
    @discardableResult
    public func query(_ sql: String) throws -> [String] {
        try PostgresServer.query(sql, on: url)
    }

    /// True when the server has a database named `name`.
    public static func exists(_ name: String) throws -> Bool {
        let rows = try PostgresServer.query(
            "SELECT count(*) FROM pg_catalog.pg_database WHERE datname = '\(name)'", on: PostgresServer.url())
        return rows == ["1"]
    }

    deinit {
        _ = try? PostgresServer.query("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)", on: server)
    }
}

/// A test server that is missing or rejected a query.
public enum PostgresServerError: Error, Equatable, CustomStringConvertible {
    case notConfigured(variable: String)
    case queryFailed(sql: String, status: Int32, stderr: String)

    public var description: String {
        switch self {
        case .notConfigured(let variable):
            return """
                \(variable) is not set, and CI=true requires the PostgreSQL tests to run. Start a server with \
                scripts/start-postgres.sh (scripts/test.sh does) and export its URL in \(variable).
                """
        case .queryFailed(let sql, let status, let stderr):
            return "psql exited with status \(status) running '\(sql)': \(stderr)"
        }
    }
}
