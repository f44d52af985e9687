import Foundation

/// Waits on the calling thread for async work, because ``DeployExecutor`` and ``HealthProbe`` are
/// synchronous while the Coolify client is async.
///
/// The work runs in a detached task that prefers its own serial queue, and the caller blocks on a
/// semaphore. Because the task's jobs run on that queue and not on the cooperative pool, a caller
/// that is itself a task of the pool, as a test is, cannot starve the work it waits for.
enum AsyncWait {
    /// Runs `body` and returns its value, or throws its error.
    static func run<Value: Sendable, Failure: Error>(
        _ body: @escaping @Sendable () async throws(Failure) -> Value
    ) throws(Failure) -> Value {
        let box = ResultBox<Value, Failure>()
        let done = DispatchSemaphore(value: 0)
        Task.detached(executorPreference: QueueTaskExecutor()) {
            do throws(Failure) {
                box.store(.success(try await body()))
            } catch {
                box.store(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.load().get()
    }

    /// Runs `body`, which cannot fail, and returns its value.
    static func value<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
        run { () async throws(Never) -> Value in await body() }
    }
}

/// The result of a detached task, handed to the waiting thread under a lock.
private final class ResultBox<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var result: Result<Value, Failure>?

    func store(_ result: Result<Value, Failure>) {
        lock.withLock { self.result = result }
    }

    func load() -> Result<Value, Failure> {
        guard let result = lock.withLock({ self.result }) else {
            preconditionFailure("AsyncWait read the result before its task stored one")
        }
        return result
    }
}

/// Runs a task's jobs one after another on a private dispatch queue.
private final class QueueTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "vixen-gate.async-wait")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async {
            job.runSynchronously(on: executor)
        }
    }
}
