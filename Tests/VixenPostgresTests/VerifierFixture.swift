import Foundation
import Testing
import VixenPostgres
import VixenTestSupport

/// A folder of SQL migrations and an empty database to verify them against.
struct VerifierFixture {
    let folder: TemporaryDirectory
    let database: TestDatabase
    let events = LockedEvents()

    init() throws {
        folder = try TemporaryDirectory()
        database = try PostgresServer.createDatabase()
    }

    /// Writes `<name>.up.sql` and, when given, `<name>.down.sql`, and returns the migration.
    func sqlMigration(_ name: String, up: String, down: String?) throws -> Migration {
        let upFile = folder.url.appendingPathComponent("\(name).up.sql")
        try Data(up.utf8).write(to: upFile)
        var downAction: MigrationAction?
        if let down {
            let downFile = folder.url.appendingPathComponent("\(name).down.sql")
            try Data(down.utf8).write(to: downFile)
            downAction = .sqlFile(downFile.path)
        }
        return Migration(name: name, up: .sqlFile(upFile.path), down: downAction)
    }

    func verifier(
        allowExisting: Bool = false, workingDirectory: URL? = nil, environment: [String: String]? = nil,
        tools: PostgresTools? = nil
    ) throws -> MigrationVerifier {
        let events = events
        return MigrationVerifier(
            url: database.url,
            tools: try tools ?? PostgresServer.tools(),
            options: VerificationOptions(
                allowExistingTables: allowExisting, workingDirectory: workingDirectory ?? folder.url),
            environment: environment ?? ProcessInfo.processInfo.environment,
            onEvent: { events.append($0) })
    }

    /// The scratch database the verification created, from its events.
    var scratchDatabase: String? {
        events.values.compactMap { event in
            if case .scratchDatabaseCreated(let name) = event {
                return name
            }
            return nil
        }.first
    }
}

/// Events collected from the verifier's callback.
final class LockedEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [VerificationEvent] = []

    func append(_ event: VerificationEvent) {
        lock.withLock { events.append(event) }
    }

    var values: [VerificationEvent] {
        lock.withLock { events }
    }
}
