import Foundation

/// A small scriptable HTTP service on a ``LoopbackHTTPServer``, standing in for the product's own
/// endpoints in health checks and smoke tests, and for a chat webhook.
///
/// Each route, a method and a path, returns its scripted responses in order and then repeats the
/// last one. A route without a script returns 404. Every request is kept in ``requests``.
public final class ScriptedEndpoints: Sendable {
    private let routes = ScriptedRoutes()
    private let server: LoopbackHTTPServer

    public init() throws {
        let routes = self.routes
        server = try LoopbackHTTPServer { request in routes.respond(to: request) }
    }

    deinit {
        server.stop()
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    public var baseURL: String { server.baseURL }

    /// Sets the responses of `method` and `path`, replacing any earlier script of that route.
    public func script(_ method: String, _ path: String, _ responses: [CannedResponse]) {
        routes.withLock { $0.scripts["\(method) \(path)"] = responses }
    }

    public var requests: [RecordedRequest] {
        routes.withLock { $0.log }
    }
}

final class ScriptedRoutes: @unchecked Sendable {
    struct Contents {
        var scripts: [String: [CannedResponse]] = [:]
        var log: [RecordedRequest] = []
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var contents = Contents()

    func withLock<Result>(_ body: (inout Contents) -> Result) -> Result {
        lock.withLock { body(&contents) }
    }

    func respond(to request: RecordedRequest) -> CannedResponse {
        withLock { contents in
            contents.log.append(request)
            let key = "\(request.method) \(request.path)"
            guard var queue = contents.scripts[key], let first = queue.first else {
                return .text(404, "no script for \(key)")
            }
            if queue.count > 1 {
                queue.removeFirst()
                contents.scripts[key] = queue
            }
            return first
        }
    }
}
