import Foundation
import VixenCore
import VixenPostgres

/// Runs the shell commands of a deployment: tests, and migrations against a database.
public protocol CommandLauncher: Sendable {
    /// Runs `command` with `/bin/sh -c` in `directory` and waits for it to end.
    ///
    /// With `database`, the command gets the URL in the variable `urlVariable` and in libpq's
    /// variables, and its output is masked. A nonzero exit status is returned, not thrown.
    func run(_ command: String, in directory: URL, database: DatabaseTarget?, urlVariable: String)
        throws(CommandLaunchError) -> CommandOutcome
}

/// The end of a command, with its output already masked when it ran against a database.
public struct CommandOutcome: Sendable, Equatable {
    public let status: Int32
    /// Standard output followed by standard error.
    public let output: String

    public init(status: Int32, output: String) {
        self.status = status
        self.output = output
    }

    public var succeeded: Bool { status == 0 }

    /// Returns the last `count` non-empty lines of the output, for a failure's detail.
    public func tail(_ count: Int = 10) -> String {
        let lines = output.split(separator: "\n").map(String.init).filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return lines.suffix(count).joined(separator: "\n")
    }
}

/// A command that could not start, such as when its folder does not exist.
public struct CommandLaunchError: Error, Sendable, Equatable {
    public let command: String
    public let reason: LocalizedText

    public init(command: String, reason: LocalizedText) {
        self.command = command
        self.reason = reason
    }
}
