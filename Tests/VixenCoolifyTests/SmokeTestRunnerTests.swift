import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenCore
import VixenTestSupport

@Suite struct SmokeTestRunnerTests {
    private func runner(environment: [String: String] = ["SMOKE_TOKEN": "s3cret-value"]) -> SmokeTestRunner {
        SmokeTestRunner(
            http: HTTPClient(transport: URLSessionTransport(), clock: ManualDeployClock()), environment: environment)
    }

    private func suites(_ base: String) -> [Component: Configuration.SmokeSuite] {
        let backend = Configuration.SmokeSuite(
            baseURL: base,
            tests: [
                Configuration.SmokeTest(name: "health", target: .path("/health"), expectedBody: "ok"),
                Configuration.SmokeTest(
                    name: "login", method: "POST", target: .path("/api/login"),
                    headers: [
                        Configuration.HeaderTemplate(name: "Authorization", value: "Bearer ${SMOKE_TOKEN}"),
                        Configuration.HeaderTemplate(name: "Content-Type", value: "application/json"),
                    ],
                    body: #"{"user":"smoke"}"#, expectedStatus: 201),
                Configuration.SmokeTest(name: "report", target: .path("/api/report"), critical: false),
            ])
        let frontend = Configuration.SmokeSuite(tests: [
            Configuration.SmokeTest(name: "home", target: .url("\(base)/index.html"), expectedBody: "<title>")
        ])
        return [.backend: backend, .frontend: frontend]
    }

    @Test func criticalTestsOfChangedComponentsRun() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "ok")])
        endpoints.script("POST", "/api/login", [.json(201, ["token": "t"])])

        let report = await runner().run(suites: suites(endpoints.baseURL), changed: [.backend, .database])

        #expect(
            report.results == [
                SmokeTestResult(component: .backend, name: "health", failure: nil),
                SmokeTestResult(component: .backend, name: "login", failure: nil),
            ])
        #expect(report.summary.english == "2/2 passing")
        #expect(endpoints.requests.map(\.path) == ["/health", "/api/login"])
    }

    @Test func loginSendsExpandedHeaderAndBody() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "ok")])
        endpoints.script("POST", "/api/login", [.json(201, ["token": "t"])])

        _ = await runner().run(suites: suites(endpoints.baseURL), changed: [.backend])

        let login = try #require(endpoints.requests.last)
        #expect(login.headers["authorization"] == "Bearer s3cret-value")
        #expect(login.headers["content-type"] == "application/json")
        #expect(login.bodyText == #"{"user":"smoke"}"#)
    }

    @Test func failuresAreCountedAndExplained() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "degraded")])
        endpoints.script("POST", "/api/login", [.json(500, ["message": "boom"])])
        endpoints.script("GET", "/index.html", [.text(200, "<html><title>App</title></html>")])

        let report = await runner().run(suites: suites(endpoints.baseURL), changed: [.backend, .frontend])

        #expect(report.summary.english == "1/3 passing")
        #expect(report.summary.spanish == "1/3 superadas")
        #expect(report.passed == false)
        #expect(
            report.failureLines.map(\.english) == [
                "Smoke test BE health failed: the body does not contain \"ok\"",
                "Smoke test BE login failed: expected status 201, got 500",
            ])
    }

    @Test func missingVariableFailsWithoutRequest() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "ok")])

        let report = await runner(environment: [:]).run(suites: suites(endpoints.baseURL), changed: [.backend])

        #expect(
            report.results.last
                == SmokeTestResult(component: .backend, name: "login", failure: .missingVariables(["SMOKE_TOKEN"])))
        #expect(endpoints.requests.map(\.path) == ["/health"])
    }

    @Test func pathJoinsCoolifyDomainWhenSuiteHasNoBase() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("GET", "/health", [.text(200, "ok")])
        let suite = Configuration.SmokeSuite(tests: [Configuration.SmokeTest(name: "health", target: .path("/health"))])

        let report = await runner().run(
            suites: [.backend: suite], changed: [.backend], baseURLs: [.backend: "\(endpoints.baseURL)/"])

        #expect(report.summary.english == "1/1 passing")
        #expect(endpoints.requests.first?.path == "/health")
    }

    @Test func pathWithoutAnyBaseFails() async {
        let suite = Configuration.SmokeSuite(tests: [Configuration.SmokeTest(name: "health", target: .path("/health"))])

        let report = await runner().run(suites: [.backend: suite], changed: [.backend])

        #expect(report.results.first?.failure == .invalidURL("/health"))
    }

    @Test func noChangedComponentRunsNothing() async throws {
        let report = await runner().run(suites: suites("https://api.example.com"), changed: [.docs])

        #expect(report.results.isEmpty)
        #expect(report.summary.english == "0/0 passing")
    }
}
