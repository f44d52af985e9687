import Foundation
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenRunner

/// Prints what the executor reports while a deployment runs, on standard error, and keeps the
/// team's report lines for the notification sent at the end.
final class DeployProgress: @unchecked Sendable {
    let language: Language
    let console: Console
    private let lock = NSLock()
    // Guarded by `lock`.
    private var lines: [String] = []

    init(language: Language, console: Console) {
        self.language = language
        self.console = console
    }

    /// The report lines printed so far, in order.
    var reportLines: [String] {
        lock.withLock { lines }
    }

    func handle(_ event: ExecutorEvent) {
        switch event {
        case .report(let line):
            let text = line(language)
            lock.withLock { lines.append(text) }
            console.writeError(text + "\n")
        case .notice(let text):
            console.writeError(text(language) + "\n")
        case .transcript(let text):
            console.writeOutput(text)
        }
    }

    /// Prints a retry of a request, such as after a 429 with `Retry-After`.
    func retry(_ retry: HTTPRetry) {
        let cause: String
        switch retry.cause {
        case .status(let status): cause = "HTTP \(status)"
        case .timedOut: cause = Catalog.runnerCauseTimedOut()(language)
        case .connectionFailed: cause = Catalog.runnerCauseConnectionFailed()(language)
        }
        let text = Catalog.runnerRetry(
            method: retry.method.rawValue, url: retry.url, cause: cause, attempt: retry.attempt,
            maxAttempts: retry.maxAttempts, delay: Self.delayText(retry.delay))
        console.writeError(text(language) + "\n")
    }

    /// Returns a wait as `750 ms` below one second, and as ``DurationText`` shows it from there.
    static func delayText(_ delay: Duration) -> String {
        let milliseconds = delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000
        guard milliseconds >= 1000 else {
            return "\(milliseconds) ms"
        }
        return DurationText.text(TimeInterval(delay.components.seconds))
    }
}
