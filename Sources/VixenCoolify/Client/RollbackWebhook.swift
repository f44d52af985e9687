import Foundation
import VixenConfig

/// Asks a team's own endpoint to roll an application back, for Coolify versions before 4.3.0, which
/// have no rollback API.
///
/// The webhook receives `POST` with the JSON body `{"application_uuid": ..., "commit": ...}` and
/// must return 2xx once it has started the rollback. Its URL may contain a credential, so messages
/// show only its scheme and host.
public struct RollbackWebhook: Sendable {
    public let url: URL
    public let http: HTTPClient
    public let timeout: Duration

    public init(url: URL, http: HTTPClient, timeout: Duration = .seconds(30)) {
        self.url = url
        self.http = http
        self.timeout = timeout
    }

    /// Builds the webhook that `source` names, reading a `url_env` variable from `environment`.
    public init(
        source: Configuration.WebhookURL, environment: [String: String], http: HTTPClient,
        timeout: Duration = .seconds(30)
    ) throws(CoolifyError) {
        let text: String
        let origin: String
        switch source {
        case .literal(let literal):
            text = literal
            origin = "coolify.rollback_webhook"
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                throw .missingWebhookURL(variable: variable)
            }
            text = value
            origin = variable
        }
        // A URL from the environment was never checked by the configuration reader.
        guard (try? URLRule.check(text, isBase: false)) != nil, let url = URL(string: text) else {
            throw .invalidWebhookURL(source: origin, url: URLRule.redacted(text))
        }
        self.init(url: url, http: http, timeout: timeout)
    }

    /// Posts the rollback request and returns once the webhook has returned 2xx.
    public func trigger(application: String, commit: String) async throws(CoolifyError) {
        let body = (try? JSONEncoder.sortedKeys.encode(["application_uuid": application, "commit": commit])) ?? Data()
        let request = HTTPRequest(
            method: .post, url: url, headers: [HTTPHeader(name: "Content-Type", value: "application/json")],
            body: body, timeout: timeout, urlIsSecret: true)
        let response: HTTPResponse
        do {
            response = try await http.send(request)
        } catch {
            throw .webhookUnreachable(error)
        }
        guard (200...299).contains(response.status) else {
            throw .webhookRejected(url: request.displayedURL, status: response.status)
        }
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys and unescaped slashes, so bodies are stable in transcripts and tests.
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
