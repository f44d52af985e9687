import VixenConfig
import VixenCore

/// The outcome of one health check.
public struct HealthCheckResult: Sendable, Equatable {
    public let url: String
    /// Requests sent, successful and failed.
    public let requests: Int
    public let failures: Int
    /// The reason the check failed, or nil when it passed.
    ///
    /// A check that passed may still have failed requests, which ``failures`` counts: a flapping
    /// service shows up there.
    public let failure: ProbeFailure?

    public init(url: String, requests: Int, failures: Int, failure: ProbeFailure?) {
        self.url = url
        self.requests = requests
        self.failures = failures
        self.failure = failure
    }

    public var passed: Bool { failure == nil }
}

/// The outcomes of a deployment's health checks, in the configured order.
public struct HealthReport: Sendable, Equatable {
    public let results: [HealthCheckResult]

    public init(results: [HealthCheckResult]) {
        self.results = results
    }

    /// True when every check passed; an empty list of checks passes.
    public var passed: Bool { results.allSatisfy(\.passed) }
}

/// The outcome of watching a deployment.
public enum WatchResult: Sendable, Equatable {
    /// Every request of every round passed.
    case passed(rounds: Int)
    /// A request failed `after` the watch started, in the round after `rounds` complete ones.
    case failed(url: String, failure: ProbeFailure, after: Duration, rounds: Int)
}

extension HealthReport {
    /// One line per failed check: its URL, the requests sent and the last reason.
    public var failureLines: [LocalizedText] {
        results.compactMap { result in
            result.failure.map {
                Catalog.healthCheckFailed(url: result.url, requests: result.requests, reason: $0.message)
            }
        }
    }
}

extension WatchResult {
    /// The line that explains a failed watch, or nil when it passed.
    public var failureLine: LocalizedText? {
        guard case .failed(let url, let failure, let after, _) = self else {
            return nil
        }
        return Catalog.healthWatchFailed(url: url, elapsed: DurationParser.text(after), reason: failure.message)
    }
}
