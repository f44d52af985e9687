import VixenCore

/// The outcome of one smoke test.
public struct SmokeTestResult: Sendable, Equatable {
    public let component: Component
    public let name: String
    /// Why the test failed, or nil when it passed.
    public let failure: ProbeFailure?

    public init(component: Component, name: String, failure: ProbeFailure?) {
        self.component = component
        self.name = name
        self.failure = failure
    }

    public var passed: Bool { failure == nil }
}

/// The outcomes of the smoke tests run after a deployment.
public struct SmokeTestReport: Sendable, Equatable {
    public let results: [SmokeTestResult]

    public init(results: [SmokeTestResult]) {
        self.results = results
    }

    public var passedCount: Int { results.filter(\.passed).count }

    /// True when every test passed; running no test passes.
    public var passed: Bool { passedCount == results.count }

    /// `N/M passing`, as the team's report line shows it.
    public var summary: LocalizedText {
        Catalog.smokeTestsSummary(passed: passedCount, total: results.count)
    }

    /// One line per failed test: its component, its name and why it failed.
    public var failureLines: [LocalizedText] {
        results.compactMap { result in
            result.failure.map {
                Catalog.smokeTestFailed(component: result.component.name, name: result.name, reason: $0.message)
            }
        }
    }
}
