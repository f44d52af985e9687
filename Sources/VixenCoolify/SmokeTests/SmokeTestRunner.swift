import Foundation
import VixenConfig
import VixenCore

/// Runs the critical smoke tests of the components a deployment changed.
///
/// Each test sends one request, with `${NAME}` in header values replaced from the environment, and
/// passes when the status and, if configured, the body text match. Header values that came from
/// the environment, and headers whose names carry credentials, are marked secret so no transcript
/// shows them. Tests run one after another, components in ``Component`` order.
public struct SmokeTestRunner: Sendable {
    public let http: HTTPClient
    public let environment: [String: String]

    public init(http: HTTPClient, environment: [String: String]) {
        self.http = http
        self.environment = environment
    }

    /// Runs the critical tests of `suites` whose component is in `changed`.
    ///
    /// - Parameter baseURLs: The base URL of each component for tests written with a path, used when
    ///   the suite has no `base_url`; usually the first domain Coolify reports for the application.
    public func run(
        suites: [Component: Configuration.SmokeSuite], changed: Set<Component>, baseURLs: [Component: String] = [:]
    ) async -> SmokeTestReport {
        var results: [SmokeTestResult] = []
        for component in changed.sorted() {
            guard let suite = suites[component] else {
                continue
            }
            let base = suite.baseURL ?? baseURLs[component]
            for test in suite.tests where test.critical {
                let result = await run(test, base: base)
                results.append(SmokeTestResult(component: component, name: test.name, failure: result))
            }
        }
        return SmokeTestReport(results: results)
    }

    /// Runs one test and returns why it failed, or nil when it passed.
    private func run(_ test: Configuration.SmokeTest, base: String?) async -> ProbeFailure? {
        let request: HTTPRequest
        switch makeRequest(test, base: base) {
        case .success(let built):
            request = built
        case .failure(let failure):
            return failure
        }
        let result = await HTTPProbe(http: http).run(
            request, expectedStatus: test.expectedStatus, expectedText: test.expectedBody)
        if case .failed(let failure) = result {
            return failure
        }
        return nil
    }

    private func makeRequest(_ test: Configuration.SmokeTest, base: String?) -> Result<HTTPRequest, ProbeFailure> {
        let text: String
        switch test.target {
        case .url(let url):
            text = url
        case .path(let path):
            guard let base else {
                return .failure(.invalidURL(path))
            }
            text = Self.join(base, path)
        }
        guard let url = URL(string: text), let method = HTTPMethod(rawValue: test.method) else {
            return .failure(.invalidURL(text))
        }

        var headers: [HTTPHeader] = []
        var missing: [String] = []
        for template in test.headers {
            do {
                let value = try template.expanded(using: environment)
                headers.append(HTTPHeader(name: template.name, value: value, visibility: Self.visibility(of: template)))
            } catch {
                missing += error.names
            }
        }
        guard missing.isEmpty else {
            return .failure(.missingVariables(missing))
        }
        return .success(
            HTTPRequest(
                method: method, url: url, headers: headers, body: test.body.map { Data($0.utf8) }, timeout: test.timeout
            ))
    }

    /// Returns `secret` for a header that names variables or carries a credential by its name.
    private static func visibility(of template: Configuration.HeaderTemplate) -> HTTPHeader.Visibility {
        let references = (try? Configuration.HeaderTemplate.references(in: template.value)) ?? []
        guard !references.isEmpty || Configuration.HeaderTemplate.isSensitiveName(template.name) else {
            return .visible
        }
        let source = references.isEmpty ? template.name : references.map { "$\($0)" }.joined(separator: ", ")
        return .secret(source: source)
    }

    /// Joins a base URL and a path that starts with `/`, with exactly one slash between them.
    static func join(_ base: String, _ path: String) -> String {
        var trimmed = Substring(base)
        while trimmed.hasSuffix("/") {
            trimmed = trimmed.dropLast()
        }
        return String(trimmed) + path
    }
}
