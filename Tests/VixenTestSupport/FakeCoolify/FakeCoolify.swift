import Foundation

/// A stand-in for Coolify's API on a ``LoopbackHTTPServer``, scriptable per test.
///
/// It serves the routes, status codes and JSON shapes of Coolify 4.3's `routes/api.php` and API
/// controllers that the client uses: deploy (and the 405 of `GET /api/v1/deploy`), deployments,
/// applications, PATCH of `git_commit_sha`, environment variables, rollback images and rollback.
/// It checks the bearer token and its scopes like Coolify's `api.ability` middleware: an unknown
/// token gets 401 `{"message":"Unauthenticated."}` and a token without the route's scope 403.
/// Deployments go through their application's scripted statuses, one per poll. Tests queue
/// responses for a route with ``script(_:_:responses:)``, such as a 429 with `Retry-After`, a 500 or
/// a slow response, and read every request in ``requests``.
public final class FakeCoolify: Sendable {
    private let state = FakeCoolifyState()
    private let server: LoopbackHTTPServer

    public init() throws {
        // The server keeps the state, not this object, so a request that arrives while this object
        // is released still finds its state.
        let state = self.state
        server = try LoopbackHTTPServer { request in state.handle(request) }
    }

    deinit {
        server.stop()
    }

    /// `http://127.0.0.1:<port>`, the value for `coolify.url`.
    public var url: String { server.baseURL }

    public func stop() {
        server.stop()
    }

    // MARK: - Scripting

    /// Accepts `token` with the given scopes (`read`, `deploy`, `write`, `root`, `read:sensitive`).
    public func addToken(_ token: String, scopes: [String]) {
        state.withLock { $0.tokens[token] = Set(scopes) }
    }

    public func addApplication(_ application: FakeApplication) {
        state.withLock { $0.applications[application.uuid] = application }
    }

    /// Returns the application as the fake now stores it, after any PATCH.
    public func application(_ uuid: String) -> FakeApplication? {
        state.withLock { $0.applications[uuid] }
    }

    /// Adds a deployment that goes through `statuses`, one per poll, the last one repeating.
    public func addDeployment(uuid: String, application: String, statuses: [String]) {
        state.withLock {
            $0.deployments[uuid] = FakeDeployment(
                uuid: uuid, application: application, statuses: statuses, commit: "HEAD")
        }
    }

    /// The deployments created so far, by UUID.
    public var deployments: [String: FakeDeployment] {
        state.withLock { $0.deployments }
    }

    /// Sends `responses` to the next `responses.count` requests to `method` and `path`, in
    /// order and before any token check, then serves that route normally again.
    public func script(_ method: String, _ path: String, responses: [CannedResponse]) {
        state.withLock { $0.scripted["\(method) \(path)", default: []] += responses }
    }

    /// Makes the next `count` deploy requests return 429 with `Retry-After: 60`, as Coolify does
    /// when its deployment queue is full.
    public func fillDeployQueue(for count: Int) {
        state.withLock { $0.fullQueueDeploys = count }
    }

    /// Makes the next `count` rollback requests return 400, as Coolify 4.3 does when its queue is full.
    public func fillRollbackQueue(for count: Int) {
        state.withLock { $0.fullQueueRollbacks = count }
    }

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] {
        state.withLock { $0.log }
    }
}

/// The fake's data, shared by the test's thread and the server's thread under one lock.
final class FakeCoolifyState: @unchecked Sendable {
    struct Contents {
        var tokens: [String: Set<String>] = [:]
        var applications: [String: FakeApplication] = [:]
        var deployments: [String: FakeDeployment] = [:]
        var scripted: [String: [CannedResponse]] = [:]
        var log: [RecordedRequest] = []
        var deploymentCount = 0
        var fullQueueDeploys = 0
        var fullQueueRollbacks = 0
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var data = Contents()

    func withLock<Result>(_ body: (inout Contents) -> Result) -> Result {
        lock.withLock { body(&data) }
    }

    func handle(_ request: RecordedRequest) -> CannedResponse {
        withLock { data in
            data.log.append(request)
            let key = "\(request.method) \(request.path)"
            if var queue = data.scripted[key], !queue.isEmpty {
                let response = queue.removeFirst()
                data.scripted[key] = queue
                return response
            }
            return FakeCoolifyRoutes.route(request, &data)
        }
    }
}

/// A deployment of the fake Coolify and the statuses it reports, one per poll.
public struct FakeDeployment: Sendable, Equatable {
    public let uuid: String
    public let application: String
    public let statuses: [String]
    public let commit: String
    public var polls = 0

    /// The status the next poll reports.
    var currentStatus: String {
        statuses[min(polls, statuses.count - 1)]
    }
}
