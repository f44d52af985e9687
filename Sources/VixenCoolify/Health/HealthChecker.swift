import Foundation
import VixenConfig

/// Runs a deployment's HTTP health checks: first until each one passes, then repeatedly during a watch.
///
/// A check passes after ``Configuration/HealthSettings/consecutiveSuccesses`` successful requests in
/// a row, with ``Configuration/HealthSettings/retryDelay`` between them. Each failed request resets
/// that count and waits a backoff that doubles from the retry delay up to ``maximumBackoff``. The
/// check fails at its ``Configuration/HealthSettings/attempts``-th failed request. All waiting goes
/// through the HTTP client's clock, so tests run instantly.
public struct HealthChecker: Sendable {
    public let http: HTTPClient
    public let settings: Configuration.HealthSettings

    /// The maximum wait between two failed requests of one check.
    public static let maximumBackoff = Duration.seconds(60)

    public init(http: HTTPClient, settings: Configuration.HealthSettings) {
        self.http = http
        self.settings = settings
    }

    /// Runs the checks one after another, each until it passes or fails, and reports them all.
    public func run(_ checks: [Configuration.HealthCheck]) async -> HealthReport {
        var results: [HealthCheckResult] = []
        for check in checks {
            results.append(await run(check))
        }
        return HealthReport(results: results)
    }

    /// Runs one check until it passes or fails.
    public func run(_ check: Configuration.HealthCheck) async -> HealthCheckResult {
        var streak = 0
        var failures = 0
        var requests = 0
        var lastFailure: ProbeFailure?

        while true {
            requests += 1
            let wait: Duration
            switch await probe(check) {
            case .passed:
                streak += 1
                if streak >= settings.consecutiveSuccesses {
                    return HealthCheckResult(url: check.url, requests: requests, failures: failures, failure: nil)
                }
                wait = settings.retryDelay
            case .failed(let failure):
                streak = 0
                failures += 1
                lastFailure = failure
                if failures >= settings.attempts {
                    return HealthCheckResult(url: check.url, requests: requests, failures: failures, failure: failure)
                }
                wait = backoff(afterFailure: failures)
            }
            do {
                try await http.clock.sleep(for: wait)
            } catch {
                return HealthCheckResult(
                    url: check.url, requests: requests, failures: failures,
                    failure: lastFailure ?? .noResponse(.cancelled))
            }
        }
    }

    /// Repeats every check once per ``Configuration/HealthSettings/watchInterval`` until `window` has
    /// passed; the first failed request ends the watch as failed.
    ///
    /// A round runs at the start and at the end of the window, so even a window shorter than the
    /// interval checks twice.
    public func watch(_ checks: [Configuration.HealthCheck], for window: Duration) async -> WatchResult {
        let clock = http.clock
        let start = clock.uptime()
        var rounds = 0
        while true {
            for check in checks {
                if case .failed(let failure) = await probe(check) {
                    return .failed(url: check.url, failure: failure, after: clock.uptime() - start, rounds: rounds)
                }
            }
            rounds += 1
            let remaining = window - (clock.uptime() - start)
            guard remaining > .zero else {
                return .passed(rounds: rounds)
            }
            do {
                try await clock.sleep(for: min(settings.watchInterval, remaining))
            } catch {
                return .failed(url: "", failure: .noResponse(.cancelled), after: clock.uptime() - start, rounds: rounds)
            }
        }
    }

    private func backoff(afterFailure failures: Int) -> Duration {
        var delay = settings.retryDelay
        for _ in 1..<max(1, failures) where delay < Self.maximumBackoff {
            delay *= 2
        }
        return min(delay, Self.maximumBackoff)
    }

    private func probe(_ check: Configuration.HealthCheck) async -> ProbeResult {
        guard let url = URL(string: check.url) else {
            return .failed(.invalidURL(check.url))
        }
        let request = HTTPRequest(method: .get, url: url, timeout: check.timeout)
        return await HTTPProbe(http: http).run(
            request, expectedStatus: check.expectedStatus, expectedText: check.bodyContains)
    }
}
