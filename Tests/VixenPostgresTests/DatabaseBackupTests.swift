import Foundation
import Testing
import VixenPostgres
import VixenTestSupport

@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct DatabaseBackupTests {
    /// 13 May 2024, 10:21:55.123 UTC.
    static let moment = Date(timeIntervalSince1970: 1_715_595_715.123)

    @Test func backupIsReadableArchive() throws {
        let database = try PostgresServer.createDatabase()
        try PostgresServer.query(
            "CREATE TABLE orders (id int PRIMARY KEY, total numeric); INSERT INTO orders VALUES (1, 9.5);",
            on: database.url)
        let folder = try TemporaryDirectory()
        let tools = try PostgresServer.tools()

        let backup = try DatabaseBackup.create(
            url: database.url, folder: folder.url.appendingPathComponent("backups"), keep: 3, tools: tools,
            environment: ProcessInfo.processInfo.environment, now: Self.moment)

        #expect(backup.file.lastPathComponent == "\(database.name)-20240513T102155.123Z.dump")
        #expect(backup.byteCount > 0)
        #expect(backup.removed == [])
        let attributes = try FileManager.default.attributesOfItem(atPath: backup.file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let listing = try ProcessRunner.run(tools.pgRestore.path, ["--list", backup.file.path])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("TABLE public orders"))
        #expect(listing.stdout.contains("TABLE DATA public orders"))
    }

    @Test func backupRestoresIntoEmptyDatabase() throws {
        let source = try PostgresServer.createDatabase()
        try PostgresServer.query(
            "CREATE TABLE orders (id int PRIMARY KEY); INSERT INTO orders VALUES (1), (2);", on: source.url)
        let target = try PostgresServer.createDatabase()
        let folder = try TemporaryDirectory()
        let tools = try PostgresServer.tools()
        let backup = try DatabaseBackup.create(
            url: source.url, folder: folder.url, keep: 1, tools: tools, environment: ProcessInfo.processInfo.environment
        )

        let environment = target.url.libpqEnvironment(inheriting: ProcessInfo.processInfo.environment)
        let restore = try ProcessRunner.run(
            tools.pgRestore.path, ["--clean", "--if-exists", "--no-owner", "-d", target.name, backup.file.path],
            environment: environment)

        #expect(restore.status == 0)
        #expect(try PostgresServer.query("SELECT count(*) FROM orders", on: target.url) == ["2"])
    }

    @Test func pruningKeepsNewest() throws {
        let database = try PostgresServer.createDatabase()
        let folder = try TemporaryDirectory()
        let unrelated = folder.url.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: unrelated)
        let tools = try PostgresServer.tools()

        var files: [URL] = []
        var removed: [URL] = []
        for day in 0..<4 {
            let backup = try DatabaseBackup.create(
                url: database.url, folder: folder.url, keep: 2, tools: tools,
                environment: ProcessInfo.processInfo.environment,
                now: Self.moment.addingTimeInterval(Double(day) * 86_400))
            files.append(backup.file)
            removed += backup.removed
        }

        #expect(removed == [files[0], files[1]])
        let remaining = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(remaining == ["notes.txt", files[2].lastPathComponent, files[3].lastPathComponent])
    }

    @Test func sameMomentGetsNextMillisecond() throws {
        let database = try PostgresServer.createDatabase()
        let folder = try TemporaryDirectory()
        let tools = try PostgresServer.tools()
        let environment = ProcessInfo.processInfo.environment

        let first = try DatabaseBackup.create(
            url: database.url, folder: folder.url, keep: 5, tools: tools, environment: environment, now: Self.moment)
        let second = try DatabaseBackup.create(
            url: database.url, folder: folder.url, keep: 5, tools: tools, environment: environment, now: Self.moment)

        #expect(first.file.lastPathComponent == "\(database.name)-20240513T102155.123Z.dump")
        #expect(second.file.lastPathComponent == "\(database.name)-20240513T102155.124Z.dump")
    }

    @Test func failedDumpLeavesNoFileAndHidesPassword() throws {
        let database = try PostgresServer.createDatabase()
        var url = database.url
        url.password = "Wr0ng-Pa55word"
        let folder = try TemporaryDirectory()

        let error = #expect(throws: PostgresError.self) {
            try DatabaseBackup.create(
                url: url, folder: folder.url, keep: 2, tools: try PostgresServer.tools(),
                environment: ProcessInfo.processInfo.environment)
        }

        guard case .backupDumpFailed(let shown, let failure) = error else {
            Issue.record("expected a failed dump, got \(String(describing: error))")
            return
        }
        #expect(shown == url.description)
        #expect(failure.output.contains("password authentication failed"))
        #expect(error?.message.english.contains("Wr0ng-Pa55word") == false)
        #expect(error?.message.english.hasPrefix("The backup of \(url.description) failed") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func keepBelowOneIsRejected() throws {
        let url = try PostgresServer.url()
        let folder = try TemporaryDirectory()

        #expect(throws: PostgresError.invalidBackupKeep(0)) {
            try DatabaseBackup.create(
                url: url, folder: folder.url, keep: 0, tools: try PostgresServer.tools(), environment: [:])
        }
    }
}
