import VixenCore

/// A throwaway database on the server of the verified URL.
struct ScratchDatabase {
    static let namePrefix = "vixen_gate_verify_"

    /// Returns a database name that no team would choose and no two runs share.
    ///
    /// It is the prefix and 12 random hexadecimal digits, so it needs no quoting, but is quoted
    /// anyway.
    static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<12).map { _ in String(UInt8.random(in: 0..<16, using: &generator), radix: 16) }
        return namePrefix + digits.joined()
    }

    let name: String
    /// A client of the URL's own database, which creates and drops the scratch one.
    let administrator: PostgresClient
    /// Whether the server accepts `DROP DATABASE ... WITH (FORCE)`, which PostgreSQL 13 added.
    let dropsWithForce: Bool

    var client: PostgresClient { administrator.connecting(to: name) }

    func create() throws(PostgresError) {
        let result = try administrator.query("CREATE DATABASE \"\(name)\"")
        if case .failure(let failure) = result {
            throw .scratchDatabaseNotCreated(name: name, failure: failure)
        }
    }

    /// Drops the database, ending any session still connected to it when the server allows.
    ///
    /// Runs without the verification's cancellation, so a cleanup after an interruption is not
    /// itself interrupted.
    ///
    /// - Returns: Nil when the database is gone, else why it could not be dropped.
    func drop() -> LocalizedText? {
        let cleanup = PostgresClient(
            tools: administrator.tools, url: administrator.url,
            inheritedEnvironment: administrator.inheritedEnvironment, cancellation: nil)
        let force = dropsWithForce ? " WITH (FORCE)" : ""
        do {
            if case .failure(let failure) = try cleanup.query("DROP DATABASE IF EXISTS \"\(name)\"\(force)") {
                return failure.summary
            }
            return nil
        } catch {
            return error.message
        }
    }
}
