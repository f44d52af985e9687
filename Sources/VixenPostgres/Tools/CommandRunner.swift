import Foundation

/// Runs a configured shell command, such as `alembic upgrade +1`, against a database.
///
/// The command runs through `/bin/sh -c`, because it is written as a user writes it in a shell.
/// The database URL, password included, is in the environment variable ``urlVariable`` and in
/// libpq's variables (PGHOST, PGPASSWORD and the others), never in the command line. Everything
/// the command prints passes through a ``SecretMask`` before it is returned or streamed.
public struct CommandRunner: Sendable {
    /// The way the command's output reaches the caller.
    public enum Output: Sendable {
        /// Kept and returned when the command ends.
        case captured
        /// Also handed over line by line, masked, while the command runs.
        case streamed(@Sendable (String) -> Void)
    }

    public static let defaultURLVariable = "DATABASE_URL"

    /// The name of the variable that contains the URL, such as `DATABASE_URL`.
    public var urlVariable: String
    /// The environment the command inherits, before the URL's variables are set.
    public var inheritedEnvironment: [String: String]
    public var cancellation: Cancellation?

    public init(
        urlVariable: String = CommandRunner.defaultURLVariable,
        inheritedEnvironment: [String: String],
        cancellation: Cancellation? = nil
    ) {
        self.urlVariable = urlVariable
        self.inheritedEnvironment = inheritedEnvironment
        self.cancellation = cancellation
    }

    /// Runs `command` in `workingDirectory` and waits for it to end.
    ///
    /// - Returns: The exit status and the masked output; a nonzero status is not thrown.
    /// - Throws: ``PostgresError/launchFailed(tool:reason:)`` when `/bin/sh` cannot start, such as
    ///   when `workingDirectory` does not exist.
    public func run(
        _ command: String, in workingDirectory: URL, url: DatabaseURL, output: Output = .captured
    ) throws(PostgresError) -> CommandResult {
        let mask = SecretMask(url: url)
        var environment = url.libpqEnvironment(inheriting: inheritedEnvironment)
        environment[urlVariable] = url.secretText

        let invocation = ToolInvocation(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", command], environment: environment,
            workingDirectory: workingDirectory)
        var sink: LineSink?
        if case .streamed(let handler) = output {
            sink = LineSink { line in handler(mask.apply(line)) }
        }
        let result = try ToolProcess.run(invocation, lineSink: sink, cancellation: cancellation)
        return CommandResult(
            command: command, status: result.status, stdout: mask.apply(result.stdout),
            stderr: mask.apply(result.stderr))
    }
}

/// The end of a configured command, with its output already masked.
public struct CommandResult: Sendable, Equatable {
    public let command: String
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public var succeeded: Bool { status == 0 }

    /// The failure to report when the command did not succeed; the tool is named by its command.
    public var failure: ToolFailure {
        let error = stderr.trimmingTrailingWhitespace()
        return ToolFailure(
            tool: command, status: status, output: error.isEmpty ? stdout.trimmingTrailingWhitespace() : error)
    }
}
