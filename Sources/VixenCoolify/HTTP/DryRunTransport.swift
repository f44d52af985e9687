import Foundation
import VixenCore

/// A transport that writes each request as text and sends nothing.
///
/// Each request goes to `write` as a ``RequestTranscript`` and is kept in ``requests``. The send
/// then fails with ``HTTPTransportError/notSent``, unless `responder` returns a response to use in
/// its place, so a caller that needs responses to go on can script them.
public final class DryRunTransport: HTTPTransport, @unchecked Sendable {
    private let language: Language
    private let write: @Sendable (String) -> Void
    private let responder: (@Sendable (HTTPRequest) -> HTTPResponse?)?
    private let lock = NSLock()
    // Guarded by `lock`.
    private var recorded: [HTTPRequest] = []

    public init(
        language: Language, write: @escaping @Sendable (String) -> Void,
        responder: (@Sendable (HTTPRequest) -> HTTPResponse?)? = nil
    ) {
        self.language = language
        self.write = write
        self.responder = responder
    }

    public var sendsRequests: Bool { false }

    /// The requests received so far, in order.
    public var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    public func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        lock.withLock { recorded.append(request) }
        write(RequestTranscript.text(request, language: language))
        guard let response = responder?(request) else {
            throw .notSent
        }
        return response
    }
}
