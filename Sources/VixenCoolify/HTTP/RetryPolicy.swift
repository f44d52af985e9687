/// When and how long ``HTTPClient`` waits before sending a request again.
///
/// A 429 response, a 5xx response, a timeout and a failed connection are retried. A 429 waits for its
/// `Retry-After` when it has one, and every other retry waits an exponential backoff with jitter.
public struct RetryPolicy: Sendable, Equatable {
    /// Tries in total, the first one included.
    public var maxAttempts: Int
    /// The backoff before the second try; each further try doubles it.
    public var baseDelay: Duration
    /// The maximum backoff, reached after a few doublings.
    public var maxDelay: Duration
    /// The maximum wait a `Retry-After` header can request, which also applies to longer ones.
    public var maxRetryAfter: Duration

    public init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration, maxRetryAfter: Duration) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// Four tries, backoff from 1 second up to 30 seconds, and `Retry-After` up to 2 minutes, which
    /// covers the 60 seconds Coolify 4.3 requests when its deployment queue is full.
    public static let standard = RetryPolicy(
        maxAttempts: 4, baseDelay: .seconds(1), maxDelay: .seconds(30), maxRetryAfter: .seconds(120))

    /// One try and no retry, for health checks and smoke tests, which count failures themselves.
    public static let singleAttempt = RetryPolicy(
        maxAttempts: 1, baseDelay: .zero, maxDelay: .zero, maxRetryAfter: .zero)

    /// Returns the backoff before try `attempt + 1`, after `attempt` tries have failed.
    ///
    /// The delay doubles from ``baseDelay`` up to ``maxDelay``. Half of it is fixed and the other
    /// half scaled by `jitter`, a number from 0 up to 1, so that clients that failed together do
    /// not retry together ("equal jitter").
    public func backoff(afterAttempt attempt: Int, jitter: Double) -> Duration {
        var delay = baseDelay
        for _ in 1..<max(1, attempt) where delay < maxDelay {
            delay *= 2
        }
        delay = min(delay, maxDelay)
        let clampedJitter = min(max(jitter, 0), 1)
        return delay / 2 + (delay / 2) * clampedJitter
    }
}
