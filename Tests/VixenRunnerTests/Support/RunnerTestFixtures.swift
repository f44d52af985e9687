import Foundation
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenRunner

/// Plans, settings and services for the executor's tests, with fixed commit ids and version 1.4.0.
enum RunnerTestFixtures {
    static let base = ObjectID(hex: String(repeating: "a", count: 40))
    static let head = ObjectID(hex: String(repeating: "b", count: 40))
    static let coolifyURL = "http://127.0.0.1:8000"
    static let healthURL = "http://127.0.0.1:8001/health"
    static let backendUUID = "be-uuid"
    static let frontendUUID = "fe-uuid"

    /// Returns the plan of a range that changes `paths`, whose first segment names the component.
    static func plan(_ target: DeployTarget, paths: [String]) -> DeployPlan {
        let files = paths.map { path in
            PlanInput.ChangedFile(path: path, status: .added, component: Component(String(path.prefix { $0 != "/" })))
        }
        let version = VersionDecision(
            version: SemanticVersion(major: 1, minor: 4, patch: 0), source: .tag, previousTag: "v1.3.0", bump: .minor,
            commits: 1)
        let range = PlanRange(
            base: base, head: head, baseRevision: target.deployedReference, headRevision: "HEAD", commits: 1)
        return DeployPlan.resolve(
            PlanInput(target: target, version: version, range: range, files: files, findings: [], rulesRun: []))
    }

    /// Returns a configuration with every setting the executor reads.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.checklist.tests = [Configuration.TestCommand(component: .backend, command: "pytest")]
        configuration.database.migrate = Configuration.Database.Verify(
            upCommand: "alembic upgrade head", downCommand: "alembic downgrade -1")
        configuration.database.urlEnvironment = [.staging: "STAGING_DATABASE_URL", .production: "PROD_DATABASE_URL"]
        configuration.database.backup = Configuration.Database.Backup(folder: "/backups", keep: 3)
        var coolify = Configuration.Coolify(url: coolifyURL)
        coolify.applications = [
            .staging: [.backend: backendUUID, .frontend: frontendUUID], .production: [.backend: backendUUID],
        ]
        coolify.healthChecks = [
            .staging: [.backend: [Configuration.HealthCheck(url: healthURL)]],
            .production: [.backend: [Configuration.HealthCheck(url: healthURL)]],
        ]
        coolify.health = Configuration.HealthSettings(
            attempts: 2, retryDelay: .milliseconds(1), consecutiveSuccesses: 1, watchInterval: .milliseconds(1),
            watchWindows: [.staging: .milliseconds(1), .production: .milliseconds(1)])
        coolify.pollInterval = .milliseconds(1)
        coolify.smokeTests = [
            .staging: [
                .backend: Configuration.SmokeSuite(
                    baseURL: "http://127.0.0.1:8001",
                    tests: [Configuration.SmokeTest(name: "login", target: .path("/login"))])
            ]
        ]
        configuration.coolify = coolify
        return configuration
    }

    static let environment = [
        "COOLIFY_TOKEN": "3|unit-token", "STAGING_DATABASE_URL": "postgresql://app:pw@127.0.0.1/app",
        "PROD_DATABASE_URL": "postgresql://app:pw@127.0.0.1/prod",
    ]

    static func settings(_ configuration: Configuration = configuration(), environment: [String: String] = environment)
        -> RunnerSettings
    {
        RunnerSettings(
            configuration: configuration, environment: environment, workTree: URL(fileURLWithPath: "/work"),
            language: .english)
    }

    /// Scripts a healthy Coolify 4.3 whose deployments finish at ``head``, and a healthy service.
    static func healthyCoolify(_ transport: RouteTransport) {
        for uuid in [backendUUID, frontendUUID] {
            transport.scriptJSON(
                "GET", "/api/v1/applications/\(uuid)",
                #"{"uuid":"\#(uuid)","status":"running:healthy","git_commit_sha":"HEAD","fqdn":null}"#)
            transport.scriptJSON(
                "GET", "/api/v1/applications/\(uuid)/rollback-images",
                #"{"current":"prev-\#(uuid)","images":[{"tag":"prev-\#(uuid)","created_at":null,"is_current":true}]}"#)
            transport.scriptJSON("PATCH", "/api/v1/applications/\(uuid)", #"{"uuid":"\#(uuid)"}"#)
            transport.scriptJSON(
                "POST", "/api/v1/applications/\(uuid)/rollback",
                #"{"message":"Rollback deployment queued.","deployment_uuid":"rollback-\#(uuid)"}"#)
            transport.scriptJSON(
                "GET", "/api/v1/deployments/rollback-\(uuid)",
                #"{"deployment_uuid":"rollback-\#(uuid)","status":"finished"}"#)
        }
        transport.scriptJSON(
            "POST", "/api/v1/deploy",
            #"{"deployments":[{"message":"queued","resource_uuid":"\#(backendUUID)","deployment_uuid":"d1"}]}"#)
        transport.scriptJSON(
            "GET", "/api/v1/deployments/d1", #"{"deployment_uuid":"d1","status":"finished","commit":"\#(head.hex)"}"#)
        transport.script("GET", "/health", [HTTPResponse(status: 200, body: Data("ok".utf8))])
        transport.script("GET", "/login", [HTTPResponse(status: 200)])
    }
}

/// Collects the executor's events.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var recorded: [ExecutorEvent] = []

    func append(_ event: ExecutorEvent) {
        lock.withLock { recorded.append(event) }
    }

    /// The report lines in English, in order.
    var reportLines: [String] {
        lock.withLock {
            recorded.compactMap { event in
                if case .report(let line) = event {
                    return line.english
                }
                return nil
            }
        }
    }
}
