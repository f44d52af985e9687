import Foundation

/// The time source of retries, deployment polling and health watches.
///
/// Injected so that tests run instantly: a test clock advances its time when asked to sleep.
public protocol DeployClock: Sendable {
    /// Monotonic time since a fixed origin, for measuring how long something took.
    func uptime() -> Duration
    /// The wall-clock time, for HTTP dates such as a `Retry-After` date.
    func date() -> Date
    /// Waits for `duration`; throws when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `ContinuousClock` for elapsed time and sleeping, `Date()` for dates.
public struct SystemDeployClock: DeployClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func uptime() -> Duration {
        origin.duration(to: .now)
    }

    public func date() -> Date {
        Date()
    }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
