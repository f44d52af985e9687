import Foundation
import VixenCoolify
import VixenCore
import VixenDeploy

/// Runs `deploy`, `status` and `state`, the commands over the deploy state, with the system clock
/// and requests sent over the network.
enum DeployCommandRun {
    static func execute(
        _ command: ParsedCommand, language: Language, environment: [String: String], currentDirectory: String,
        console: Console
    ) throws(RunFailure) -> Int32 {
        let clock: @Sendable () -> Date = { Date() }
        switch command {
        case .deploy(let options):
            return try DeployRun(
                options: options, language: language, environment: environment, currentDirectory: currentDirectory,
                console: console, clock: clock, transport: URLSessionTransport()
            ).execute()
        case .status(let options):
            return try StatusRun(
                options: options, language: language, environment: environment, currentDirectory: currentDirectory,
                console: console, clock: clock
            ).execute()
        case .state(.initialize(let options)):
            return try StateInitRun(
                options: options, language: language, environment: environment, currentDirectory: currentDirectory,
                console: console, clock: clock
            ).execute()
        case .check, .scan, .baseline, .plan, .hook, .rules, .migrations, .env, .help, .version:
            preconditionFailure("DeployCommandRun runs only deploy, status and state")
        }
    }
}
