/// The reason ``HTTPClient`` returned no response.
public enum HTTPClientError: Error, Sendable, Equatable {
    /// The URL is not `https`, nor `http` to this machine; nothing was sent.
    case insecureURL(String)
    /// Every try timed out.
    case timedOut(url: String, attempts: Int)
    /// Every try failed to connect; `reason` is the last failure.
    case connectionFailed(url: String, reason: ConnectionFailure, attempts: Int)
    /// A dry run recorded the request without sending it.
    case notSent(url: String)
    /// The task was cancelled while sending or waiting to retry.
    case cancelled
}
