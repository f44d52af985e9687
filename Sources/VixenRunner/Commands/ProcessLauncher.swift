import Foundation
import VixenPostgres

/// Runs commands as processes: through ``CommandRunner`` against a database, and directly otherwise.
public struct ProcessLauncher: CommandLauncher {
    /// The environment the commands inherit.
    public let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    public func run(_ command: String, in directory: URL, database: DatabaseTarget?, urlVariable: String)
        throws(CommandLaunchError) -> CommandOutcome
    {
        guard let database else {
            return try ShellProcess.run(command, in: directory, environment: environment)
        }
        let runner = CommandRunner(urlVariable: urlVariable, inheritedEnvironment: environment)
        do {
            let result = try runner.run(command, in: directory, url: database.url)
            let output = [result.stdout, result.stderr].filter { !$0.isEmpty }.joined(separator: "\n")
            return CommandOutcome(status: result.status, output: output)
        } catch {
            throw CommandLaunchError(command: command, reason: error.message)
        }
    }
}
