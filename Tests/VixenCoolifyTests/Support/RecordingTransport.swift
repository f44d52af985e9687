import Foundation
import VixenCoolify

/// A transport that records requests and responses from a script, without any network.
///
/// Tests of URLs that must be rejected use it, so that a rejection that failed could still not
/// contact another host.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var responses: [Result<HTTPResponse, HTTPTransportError>]
    private var recorded: [HTTPRequest] = []

    init(responses: [Result<HTTPResponse, HTTPTransportError>] = [.success(HTTPResponse(status: 200))]) {
        self.responses = responses
    }

    var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        let next = lock.withLock {
            recorded.append(request)
            return responses.count > 1 ? responses.removeFirst() : responses[0]
        }
        return try next.get()
    }
}
