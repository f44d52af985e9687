import Foundation
import VixenCoolify

/// A transport that returns each `METHOD path`'s scripted responses and records every request.
///
/// Nothing goes to the network. A route's last response repeats, and a route without a script
/// gets 404.
final class RouteTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var routes: [String: [HTTPResponse]] = [:]
    private var recorded: [HTTPRequest] = []

    func script(_ method: String, _ path: String, _ responses: [HTTPResponse]) {
        lock.withLock { routes["\(method) \(path)"] = responses }
    }

    func scriptJSON(_ method: String, _ path: String, _ json: String, status: Int = 200) {
        script(method, path, [HTTPResponse(status: status, body: Data(json.utf8))])
    }

    var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    /// Returns the requests as `METHOD path`, in order.
    var routesRequested: [String] {
        requests.map { "\($0.method.rawValue) \($0.url.path)" }
    }

    func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        lock.withLock {
            recorded.append(request)
            let key = "\(request.method.rawValue) \(request.url.path)"
            guard var queue = routes[key], let first = queue.first else {
                return HTTPResponse(status: 404, body: Data(#"{"message":"Not found."}"#.utf8))
            }
            if queue.count > 1 {
                queue.removeFirst()
                routes[key] = queue
            }
            return first
        }
    }
}
