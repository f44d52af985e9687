import Foundation
import Testing
import VixenPostgres
import VixenTestSupport

@Suite struct CommandRunnerTests {
    static let url = "postgresql://app:p%40ss-w0rd@db.example.com:5433/orders"

    @Test func urlReachesCommandThroughVariable() throws {
        let folder = try TemporaryDirectory()
        let url = try DatabaseURL(parsing: Self.url)
        let runner = CommandRunner(urlVariable: "APP_DB", inheritedEnvironment: ["PATH": "/usr/bin:/bin"])

        let result = try runner.run(
            #"test "$APP_DB" = 'postgresql://app:p%40ss-w0rd@db.example.com:5433/orders' && test "$PGPASSWORD" = 'p@ss-w0rd' && pwd"#,
            in: folder.url, url: url)

        #expect(result.status == 0)
        #expect(result.stdout == folder.path + "\n")
    }

    @Test func defaultVariableIsDatabaseURL() throws {
        let folder = try TemporaryDirectory()
        let url = try DatabaseURL(parsing: Self.url)
        let runner = CommandRunner(inheritedEnvironment: [:])

        let result = try runner.run(#"test -n "$DATABASE_URL""#, in: folder.url, url: url)

        #expect(result.status == 0)
    }

    @Test func printedSecretsAreMasked() throws {
        let folder = try TemporaryDirectory()
        let url = try DatabaseURL(parsing: Self.url)
        let runner = CommandRunner(inheritedEnvironment: [:])

        let result = try runner.run(
            #"echo "url $DATABASE_URL"; echo "password $PGPASSWORD" >&2; exit 3"#, in: folder.url, url: url)

        #expect(result.status == 3)
        #expect(result.stdout == "url ***\n")
        #expect(result.stderr == "password ***\n")
        #expect(result.failure == ToolFailure(tool: result.command, status: 3, output: "password ***"))
    }

    @Test func streamedLinesAreMasked() throws {
        let folder = try TemporaryDirectory()
        let url = try DatabaseURL(parsing: Self.url)
        let lines = LockedLines()
        let runner = CommandRunner(inheritedEnvironment: [:])

        _ = try runner.run(
            #"echo one; echo "two $PGPASSWORD""#, in: folder.url, url: url,
            output: .streamed { lines.append($0) })

        #expect(lines.values == ["one", "two ***"])
    }

    @Test func missingWorkingDirectoryFailsToLaunch() throws {
        let url = try DatabaseURL(parsing: Self.url)
        let runner = CommandRunner(inheritedEnvironment: [:])

        #expect(throws: PostgresError.self) {
            try runner.run("true", in: URL(fileURLWithPath: "/nonexistent/vixen-gate"), url: url)
        }
    }

    @Test func cancellationStopsCommand() throws {
        let folder = try TemporaryDirectory()
        let url = try DatabaseURL(parsing: Self.url)
        let cancellation = Cancellation()
        cancellation.cancel()
        let runner = CommandRunner(inheritedEnvironment: [:], cancellation: cancellation)

        let result = try runner.run("exec sleep 30", in: folder.url, url: url)

        #expect(result.status == 128 + SIGTERM)
    }
}

/// Lines collected from another thread.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.withLock { lines.append(line) }
    }

    var values: [String] {
        lock.withLock { lines }
    }
}
