/// Sends requests through a transport with the project's HTTP policy.
///
/// The policy: a URL must be `https`, or `http` to this machine, else nothing is sent. A 429 response
/// waits for its `Retry-After` (seconds or an HTTP date, capped) and is tried again. A 5xx response,
/// a timeout and a failed connection are tried again after an exponential backoff with jitter.
/// Tries are bounded by the ``RetryPolicy``. Every other status is returned at once for the caller
/// to interpret, so 401, 403, 404 and 405 are never retried. When the tries run out, the last
/// response is returned, or the last error thrown.
public struct HTTPClient: Sendable {
    public let transport: any HTTPTransport
    public let clock: any DeployClock
    public let retryPolicy: RetryPolicy
    /// Returns a number from 0 up to 1 that scales half of each backoff.
    private let jitter: @Sendable () -> Double
    /// Called before each wait for a retry, so that a runner can log it.
    private let onRetry: (@Sendable (HTTPRetry) -> Void)?

    public init(
        transport: any HTTPTransport, clock: any DeployClock = SystemDeployClock(),
        retryPolicy: RetryPolicy = .standard,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        onRetry: (@Sendable (HTTPRetry) -> Void)? = nil
    ) {
        self.transport = transport
        self.clock = clock
        self.retryPolicy = retryPolicy
        self.jitter = jitter
        self.onRetry = onRetry
    }

    /// Whether requests leave the process; false in a dry run.
    public var sendsRequests: Bool { transport.sendsRequests }

    /// Sends `request` under the policy, with `policy` in place of ``retryPolicy`` when given.
    public func send(_ request: HTTPRequest, policy: RetryPolicy? = nil) async throws(HTTPClientError) -> HTTPResponse {
        try TransportSecurity.check(request)
        let policy = policy ?? retryPolicy
        var attempt = 1
        while true {
            let outcome: Result<HTTPResponse, HTTPTransportError>
            do {
                outcome = .success(try await transport.send(request))
            } catch {
                outcome = .failure(error)
            }

            let canRetry = attempt < policy.maxAttempts
            let delay: Duration
            let cause: HTTPRetry.Cause
            switch outcome {
            case .success(let response) where response.status == 429 && canRetry:
                delay = retryAfterDelay(response, attempt: attempt, policy: policy)
                cause = .status(429)
            case .success(let response) where (500...599).contains(response.status) && canRetry:
                delay = policy.backoff(afterAttempt: attempt, jitter: jitter())
                cause = .status(response.status)
            case .success(let response):
                return response
            case .failure(.timedOut) where canRetry:
                delay = policy.backoff(afterAttempt: attempt, jitter: jitter())
                cause = .timedOut
            case .failure(.connectionFailed(let reason)) where canRetry:
                delay = policy.backoff(afterAttempt: attempt, jitter: jitter())
                cause = .connectionFailed(reason)
            case .failure(let error):
                throw Self.finalError(error, request: request, attempts: attempt)
            }

            onRetry?(
                HTTPRetry(
                    method: request.method, url: request.displayedURL, cause: cause, attempt: attempt,
                    maxAttempts: policy.maxAttempts, delay: delay))
            do {
                try await clock.sleep(for: delay)
            } catch {
                throw .cancelled
            }
            attempt += 1
        }
    }

    /// Returns the wait that a 429 response requests, capped by the policy, or the backoff when it requests none.
    private func retryAfterDelay(_ response: HTTPResponse, attempt: Int, policy: RetryPolicy) -> Duration {
        guard let header = response.header("Retry-After"), let delay = RetryAfter.delay(header, now: clock.date())
        else {
            return policy.backoff(afterAttempt: attempt, jitter: jitter())
        }
        return min(delay, policy.maxRetryAfter)
    }

    private static func finalError(_ error: HTTPTransportError, request: HTTPRequest, attempts: Int) -> HTTPClientError
    {
        switch error {
        case .timedOut: .timedOut(url: request.displayedURL, attempts: attempts)
        case .connectionFailed(let reason):
            .connectionFailed(url: request.displayedURL, reason: reason, attempts: attempts)
        case .notSent: .notSent(url: request.displayedURL)
        case .cancelled: .cancelled
        }
    }
}

/// A retry about to happen: what failed, which try it was, and how long the client waits.
public struct HTTPRetry: Sendable, Equatable {
    public enum Cause: Sendable, Equatable {
        case status(Int)
        case timedOut
        case connectionFailed(ConnectionFailure)
    }

    public let method: HTTPMethod
    /// The URL as messages show it.
    public let url: String
    public let cause: Cause
    /// The try that failed, from 1.
    public let attempt: Int
    public let maxAttempts: Int
    public let delay: Duration

    public init(method: HTTPMethod, url: String, cause: Cause, attempt: Int, maxAttempts: Int, delay: Duration) {
        self.method = method
        self.url = url
        self.cause = cause
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.delay = delay
    }
}
