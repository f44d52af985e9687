import Foundation
import VixenCoolify

/// A clock whose time moves only when something sleeps on it, so retries, polls and watches take
/// no real time in tests.
final class ManualDeployClock: DeployClock, @unchecked Sendable {
    /// The wall-clock time at uptime zero.
    let start: Date
    private let lock = NSLock()
    // Guarded by `lock`.
    private var elapsed = Duration.zero
    private var sleeps: [Duration] = []

    init(start: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        self.start = start
    }

    func uptime() -> Duration {
        lock.withLock { elapsed }
    }

    func date() -> Date {
        let seconds = Double(uptime().components.seconds) + Double(uptime().components.attoseconds) / 1e18
        return start.addingTimeInterval(seconds)
    }

    func sleep(for duration: Duration) async throws {
        lock.withLock {
            elapsed += duration
            sleeps.append(duration)
        }
    }

    /// Every wait asked for so far, in order.
    var recordedSleeps: [Duration] {
        lock.withLock { sleeps }
    }
}
