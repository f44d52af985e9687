import Foundation
import VixenConfig
import VixenCore

/// Posts report lines to a chat webhook, as Slack (`{"text": ...}`) or Discord (`{"content": ...}`)
/// expects them.
///
/// A notification never fails a deployment: every problem, from a missing URL variable to a webhook
/// that returns 500, comes back as a warning to print. The URL contains the webhook's credential,
/// so warnings show only its scheme and host.
public struct Notifier: Sendable {
    public let http: HTTPClient
    public let style: Configuration.NotificationStyle
    private let url: Result<URL, NotificationWarning>?

    /// Two tries, one second apart, so a short outage of the chat service does not lose the report.
    public static let retryPolicy = RetryPolicy(
        maxAttempts: 2, baseDelay: .seconds(1), maxDelay: .seconds(1), maxRetryAfter: .seconds(10))

    /// Returns the maximum message length of `style`, in characters.
    ///
    /// Discord's webhooks reject content over 2,000 characters, and Slack truncates text over 40,000
    /// characters (its API changelog of April 2018). Both figures come from client libraries' notes,
    /// not from tests against those services.
    static func maximumLength(_ style: Configuration.NotificationStyle) -> Int {
        style == .discord ? 2000 : 40000
    }

    public init(url: URL?, style: Configuration.NotificationStyle, http: HTTPClient) {
        self.http = http
        self.style = style
        self.url = url.map { .success($0) }
    }

    /// Builds the notifier that `configuration` describes; nil configuration posts nothing.
    public init(configuration: Configuration.Notification?, environment: [String: String], http: HTTPClient) {
        self.http = http
        self.style = configuration?.style ?? .slack
        switch configuration?.url {
        case nil:
            url = nil
        case .literal(let text):
            url = URL(string: text).map { .success($0) } ?? .failure(.invalidURL)
        case .environment(let variable):
            if let text = environment[variable], !text.isEmpty {
                url = URL(string: text).map { .success($0) } ?? .failure(.invalidVariable(variable))
            } else {
                url = .failure(.missingVariable(variable))
            }
        }
    }

    /// Posts `lines`, joined by newlines, and returns what happened.
    public func post(_ lines: [String]) async -> NotificationOutcome {
        let target: URL
        switch url {
        case nil:
            return .notConfigured
        case .failure(let warning):
            return .failed(warning)
        case .success(let resolved):
            target = resolved
        }
        let request = HTTPRequest(
            method: .post, url: target, headers: [HTTPHeader(name: "Content-Type", value: "application/json")],
            body: payload(lines), timeout: .seconds(10), urlIsSecret: true)
        do {
            let response = try await http.send(request, policy: Self.retryPolicy)
            guard (200...299).contains(response.status) else {
                return .failed(.rejected(url: request.displayedURL, status: response.status))
            }
            return .sent
        } catch {
            return .failed(.unreachable(error))
        }
    }

    /// Returns the JSON body for `lines`, cut to the style's maximum length, as ``post(_:)`` sends it.
    public func payload(_ lines: [String]) -> Data {
        var text = lines.joined(separator: "\n")
        let maximum = Self.maximumLength(style)
        if text.count > maximum {
            text = String(text.prefix(maximum - 1)) + "…"
        }
        let key = style == .discord ? "content" : "text"
        return (try? JSONEncoder.sortedKeys.encode([key: text])) ?? Data()
    }
}

/// The result of posting a notification.
public enum NotificationOutcome: Sendable, Equatable {
    case sent
    /// The configuration has no `notify` entry.
    case notConfigured
    /// The notification was not delivered; print the warning and go on.
    case failed(NotificationWarning)
}

/// The reason a notification was not delivered.
public enum NotificationWarning: Error, Sendable, Equatable {
    case missingVariable(String)
    /// The variable is set but its value is not a URL.
    case invalidVariable(String)
    case invalidURL
    case rejected(url: String, status: Int)
    case unreachable(HTTPClientError)

    public var message: LocalizedText {
        switch self {
        case .missingVariable(let variable): Catalog.notifyMissingVariable(variable: variable)
        case .invalidVariable(let variable): Catalog.notifyInvalidVariable(variable: variable)
        case .invalidURL: Catalog.notifyInvalidURL()
        case .rejected(let url, let status): Catalog.notifyRejected(url: url, status: status)
        case .unreachable(let error): Catalog.notifyUnreachable(reason: error.message)
        }
    }
}
