import Foundation

/// A clock that tests set and move by hand, so every time the code under test reads is known.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`, because the code under test reads it through a `@Sendable` closure.
    private var current: Date

    init(_ start: Date) {
        current = start
    }

    var now: Date {
        lock.withLock { current }
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    /// The closure form the code under test takes.
    var reading: @Sendable () -> Date {
        { [self] in now }
    }
}
