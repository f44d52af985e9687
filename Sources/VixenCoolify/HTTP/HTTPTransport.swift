/// Sends one HTTP request and returns the response, whatever its status.
///
/// Implementations do not retry, follow redirects or check URLs: ``HTTPClient`` does that over any
/// transport, so tests and dry runs get the same policy as real requests.
public protocol HTTPTransport: Sendable {
    /// False for a transport that only records requests, such as ``DryRunTransport``.
    var sendsRequests: Bool { get }

    func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse
}

extension HTTPTransport {
    public var sendsRequests: Bool { true }
}

/// The reason a request got no response.
public enum HTTPTransportError: Error, Sendable, Equatable {
    /// No complete response arrived within the request's timeout.
    case timedOut
    case connectionFailed(ConnectionFailure)
    /// The transport records requests without sending them.
    case notSent
    /// The task that sent the request was cancelled.
    case cancelled
}

/// The reason a connection failed, without any text from the system that could contain a URL.
public enum ConnectionFailure: Sendable, Equatable {
    /// The host name did not resolve.
    case unknownHost
    /// Nothing accepted the connection on that host and port.
    case refused
    /// The TLS handshake failed, for example on an untrusted or expired certificate.
    case tls
    /// The connection closed before the response was complete.
    case lost
    /// Another failure, with the `URLError` code that describes it.
    case other(code: Int)
}
