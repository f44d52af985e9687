import Foundation

/// Sends one request of a health check or smoke test and compares the response with what is expected.
///
/// The request gets one try: health checks and smoke tests count failures themselves.
struct HTTPProbe: Sendable {
    let http: HTTPClient

    func run(_ request: HTTPRequest, expectedStatus: Int, expectedText: String?) async -> ProbeResult {
        let response: HTTPResponse
        do {
            response = try await http.send(request, policy: .singleAttempt)
        } catch {
            return .failed(.noResponse(error))
        }
        guard response.status == expectedStatus else {
            return .failed(.unexpectedStatus(expected: expectedStatus, actual: response.status))
        }
        if let expectedText, !response.text.contains(expectedText) {
            return .failed(.missingText(expectedText))
        }
        return .passed
    }
}

/// The outcome of one request of a health check or smoke test.
public enum ProbeResult: Sendable, Equatable {
    case passed
    case failed(ProbeFailure)
}

/// The reason a request of a health check or smoke test did not pass.
public enum ProbeFailure: Error, Sendable, Equatable {
    case unexpectedStatus(expected: Int, actual: Int)
    /// The body lacked the text the check expects.
    case missingText(String)
    /// No response: timeout, failed connection, a URL the TLS rule rejects, a dry run.
    case noResponse(HTTPClientError)
    /// The configured URL could not be parsed, or a test path has no base URL to join.
    case invalidURL(String)
    /// Environment variables that a smoke test's headers name are not set.
    case missingVariables([String])
}
