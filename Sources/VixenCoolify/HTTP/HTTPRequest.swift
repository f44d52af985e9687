import Foundation
import VixenConfig

/// A request as the HTTP client sends it.
public struct HTTPRequest: Sendable, Equatable {
    public var method: HTTPMethod
    public var url: URL
    public var headers: [HTTPHeader]
    public var body: Data?
    /// The time allowed for this one attempt, from connecting to the last byte of the response.
    public var timeout: Duration
    /// True when the URL itself is a credential, as chat webhook URLs are.
    ///
    /// Messages and transcripts then show only its scheme and host.
    public var urlIsSecret: Bool

    public init(
        method: HTTPMethod, url: URL, headers: [HTTPHeader] = [], body: Data? = nil, timeout: Duration = .seconds(30),
        urlIsSecret: Bool = false
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.urlIsSecret = urlIsSecret
    }

    /// The URL as messages show it.
    public var displayedURL: String {
        urlIsSecret ? URLRule.redacted(url.absoluteString) : url.absoluteString
    }
}
