import Foundation
import VixenCoolify

/// A clock whose sleeps return at once and move its time forward, so a dry run goes through polls,
/// retries and the watch window without waiting.
public final class InstantClock: DeployClock, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var elapsed = Duration.zero
    private let start = Date()

    public init() {}

    public func uptime() -> Duration {
        lock.withLock { elapsed }
    }

    public func date() -> Date {
        start.addingTimeInterval(Double(uptime().components.seconds))
    }

    public func sleep(for duration: Duration) async throws {
        lock.withLock { elapsed += duration }
    }
}
