import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenTestSupport

@Suite struct HealthCheckerTests {
    private let settings = Configuration.HealthSettings(
        attempts: 3, retryDelay: .seconds(2), consecutiveSuccesses: 3, watchInterval: .seconds(30))

    private func checker(_ clock: ManualDeployClock) -> HealthChecker {
        let http = HTTPClient(transport: URLSessionTransport(), clock: clock, jitter: { 0.5 })
        return HealthChecker(http: http, settings: settings)
    }

    private func statuses(_ codes: [Int]) -> [CannedResponse] {
        codes.map { .text($0, $0 == 200 ? "status: ok" : "down") }
    }

    @Test func checkPassesAfterConsecutiveSuccesses() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", statuses([200]))
        let clock = ManualDeployClock()
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health", bodyContains: "ok")

        let result = await checker(clock).run(check)

        #expect(result == HealthCheckResult(url: check.url, requests: 3, failures: 0, failure: nil))
        #expect(clock.recordedSleeps == [.seconds(2), .seconds(2)])
    }

    @Test func flappingCheckPassesWithinAttempts() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", statuses([200, 503, 200, 200, 200]))
        let clock = ManualDeployClock()
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health")

        let result = await checker(clock).run(check)

        #expect(result == HealthCheckResult(url: check.url, requests: 5, failures: 1, failure: nil))
        #expect(clock.recordedSleeps == [.seconds(2), .seconds(2), .seconds(2), .seconds(2)])
    }

    @Test func flappingCheckFailsAtLastAttempt() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", statuses([200, 503, 200, 503, 200, 503]))
        let clock = ManualDeployClock()
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health")

        let result = await checker(clock).run(check)

        #expect(
            result
                == HealthCheckResult(
                    url: check.url, requests: 6, failures: 3, failure: .unexpectedStatus(expected: 200, actual: 503)))
        #expect(clock.recordedSleeps == [.seconds(2), .seconds(2), .seconds(2), .seconds(4), .seconds(2)])
    }

    @Test func failingCheckBacksOffExponentially() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", statuses([500]))
        let clock = ManualDeployClock()
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health")

        let report = await checker(clock).run([check])

        #expect(report.passed == false)
        #expect(clock.recordedSleeps == [.seconds(2), .seconds(4)])
        #expect(
            report.failureLines.map(\.english) == [
                "Health check \(check.url) failed after 3 requests: expected status 200, got 500"
            ])
    }

    @Test func missingBodyTextFails() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "{\"status\":\"degraded\"}")])
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health", bodyContains: "\"status\":\"ok\"")

        let result = await checker(ManualDeployClock()).run(check)

        #expect(result.failure == .missingText("\"status\":\"ok\""))
    }

    @Test func slowResponseTimesOut() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "ok", delay: .milliseconds(400))])
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health", timeout: .milliseconds(100))
        let http = HTTPClient(transport: URLSessionTransport(), clock: ManualDeployClock())
        let oneTry = Configuration.HealthSettings(attempts: 1)

        let result = await HealthChecker(http: http, settings: oneTry).run(check)

        #expect(result.failure == .noResponse(.timedOut(url: check.url, attempts: 1)))
    }

    @Test func insecureHealthURLFailsWithoutRequest() async throws {
        let check = Configuration.HealthCheck(url: "http://api.example.com/health")
        let transport = RecordingTransport()
        let http = HTTPClient(transport: transport, clock: ManualDeployClock())

        let result = await HealthChecker(http: http, settings: Configuration.HealthSettings(attempts: 1)).run(check)

        #expect(result.failure == .noResponse(.insecureURL("http://api.example.com/health")))
        #expect(transport.requests.isEmpty)
    }

    @Test func watchPassesWhenEveryRoundPasses() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", statuses([200]))
        let clock = ManualDeployClock()
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health")

        let result = await checker(clock).watch([check], for: .seconds(120))

        #expect(result == .passed(rounds: 5))
        #expect(clock.recordedSleeps == [.seconds(30), .seconds(30), .seconds(30), .seconds(30)])
        #expect(endpoints.requests.count == 5)
    }

    @Test func watchFailsOnFirstFailedRequest() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", statuses([200, 200, 500, 200]))
        let clock = ManualDeployClock()
        let check = Configuration.HealthCheck(url: "\(endpoints.baseURL)/health")

        let result = await checker(clock).watch([check], for: .seconds(900))

        #expect(
            result
                == .failed(
                    url: check.url, failure: .unexpectedStatus(expected: 200, actual: 500), after: .seconds(60),
                    rounds: 2))
        #expect(
            result.failureLine?.english
                == "Health check \(check.url) failed 1m into the watch: expected status 200, got 500")
        #expect(endpoints.requests.count == 3)
    }

    @Test func watchWindowsDefaultByEnvironment() {
        let defaults = Configuration.HealthSettings()
        #expect(defaults.watchWindow(.staging) == .seconds(120))
        #expect(defaults.watchWindow(.production) == .seconds(900))
    }
}
