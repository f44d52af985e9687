import Foundation

/// A request to stop early, shared by whoever notices an interruption (such as a signal handler)
/// and the work that must stop: running tools are terminated, and the next step is not started.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var cancelled = false
    private var handlers: [Int: @Sendable () -> Void] = [:]
    private var nextToken = 0

    public init() {}

    public var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// Marks the work as cancelled and calls every registered handler once.
    public func cancel() {
        let pending: [@Sendable () -> Void] = lock.withLock {
            guard !cancelled else {
                return []
            }
            cancelled = true
            return Array(handlers.values)
        }
        for handler in pending {
            handler()
        }
    }

    /// Registers `handler` to run on ``cancel()``, or runs it at once when already cancelled.
    ///
    /// - Returns: A token for ``removeHandler(_:)``.
    func addHandler(_ handler: @escaping @Sendable () -> Void) -> Int {
        let (token, alreadyCancelled) = lock.withLock {
            nextToken += 1
            if !cancelled {
                handlers[nextToken] = handler
            }
            return (nextToken, cancelled)
        }
        if alreadyCancelled {
            handler()
        }
        return token
    }

    func removeHandler(_ token: Int) {
        _ = lock.withLock { handlers.removeValue(forKey: token) }
    }
}
