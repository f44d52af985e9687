import Foundation
import VixenCLI

/// A ``Console`` that keeps what a run writes, for the `rules` and secret-scan tests.
final class RulesTestConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    var console: Console {
        Console(
            writeOutput: { [self] text in lock.withLock { outputText += text } },
            writeError: { [self] text in lock.withLock { errorText += text } },
            outputIsTerminal: false)
    }

    var output: String { lock.withLock { outputText } }
    var error: String { lock.withLock { errorText } }

    /// Runs `vixen-gate` in-process with `arguments` and returns the exit status and both streams.
    static func run(
        _ arguments: [String], in directory: String, environment: [String: String] = ["LANG": "en_US.UTF-8"]
    ) -> (status: Int32, output: String, error: String) {
        let captured = RulesTestConsole()
        let status = VixenGate.run(
            arguments: arguments, environment: environment, currentDirectory: directory, console: captured.console)
        return (status, captured.output, captured.error)
    }
}
