import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy

@testable import VixenRunner

/// The executor's steps against a scripted Coolify and recorded commands.
struct CoolifyExecutorTests {
    let transport = RouteTransport()
    let launcher = RecordingLauncher()
    let backups = RecordingBackups()
    let events = EventLog()

    private func executor(
        _ configuration: Configuration = RunnerTestFixtures.configuration(), launcher: RecordingLauncher? = nil
    ) -> CoolifyExecutor {
        let events = self.events
        let services = RunnerServices(
            http: HTTPClient(transport: transport, clock: InstantClock()), launcher: launcher ?? self.launcher,
            backups: backups, events: { events.append($0) })
        return CoolifyExecutor(settings: RunnerTestFixtures.settings(configuration), services: services)
    }

    private func outcomes(_ report: ExecutionReport) -> [String] {
        report.steps.map { result in
            let name = result.step.action.rawValue + (result.step.component.map { " \($0.name)" } ?? "")
            switch result.outcome {
            case .succeeded: return name + ": succeeded"
            case .skipped: return name + ": skipped"
            case .failed: return name + ": failed"
            }
        }
    }

    @Test func stagingRunsEveryStepInOrder() throws {
        RunnerTestFixtures.healthyCoolify(transport)
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py", "DB/versions/0002_orders.py"])

        let report = try executor().run(plan, context: ExecutionContext(sequence: 42, previous: nil)) { _ in }

        #expect(
            outcomes(report) == [
                "run-backend-tests BE: succeeded", "run-frontend-tests FE: skipped", "run-regression-suite: succeeded",
                "apply-migrations DB: succeeded", "deploy-backend BE: succeeded", "deploy-frontend FE: skipped",
                "health-check: succeeded", "smoke-test-backend BE: succeeded", "smoke-test-frontend FE: skipped",
                "report: succeeded",
            ])
        #expect(report.coolifyDeployments == ["d1"])
        #expect(report.previousImageTags == [RunnerTestFixtures.backendUUID: "prev-be-uuid"])
        #expect(launcher.commands == ["pytest", "pytest", "alembic upgrade head"])
        #expect(
            events.reportLines == [
                "[SM-042] Tests passing: BE", "[QA-042] Tests passing: BE", "[DB-042] Applied 1 migration to staging",
                "[OPS-042] Deployed v1.4.0 to staging - components: BE, DB",
                "[OPS-042] Health checks passing on staging: 1/1",
                "[OPS-042] Watched staging for 1ms: health checks kept passing",
                "[QA-042] Smoke tests post-deployment: 1/1 passing",
                "[SM-042] Deployment v1.4.0 to staging completed, smoke tests OK",
            ])
        let patch = try #require(transport.requests.first { $0.method == .patch })
        #expect(
            String(decoding: patch.body ?? Data(), as: UTF8.self)
                == #"{"git_commit_sha":"\#(RunnerTestFixtures.head.hex)"}"#)
    }

    @Test func failingTestsStopBeforeCoolify() throws {
        RunnerTestFixtures.healthyCoolify(transport)
        let failing = RecordingLauncher(statuses: ["pytest": 1])
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py"])

        let report = try executor(launcher: failing).run(plan, context: ExecutionContext(sequence: 1, previous: nil)) {
            _ in
        }

        #expect(outcomes(report) == ["run-backend-tests BE: failed"])
        #expect(report.failed)
        #expect(transport.requests.isEmpty)
        #expect(
            report.steps.first?.outcome
                == .failed("the BE tests failed: pytest exited with status 1\noutput of pytest"))
    }

    @Test func deploymentOfOtherCommitFails() throws {
        RunnerTestFixtures.healthyCoolify(transport)
        transport.scriptJSON(
            "GET", "/api/v1/deployments/d1", #"{"deployment_uuid":"d1","status":"finished","commit":"cccc"}"#)
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py"])

        let report = try executor().run(plan, context: ExecutionContext(sequence: 1, previous: nil)) { _ in }

        #expect(report.steps.last?.step.action == .deployBackend)
        #expect(
            report.steps.last?.outcome
                == .failed(
                    "the Coolify deployment d1 built cccc, not the planned commit \(RunnerTestFixtures.head.hex); "
                        + "check that nothing else changed the application's git_commit_sha"))
    }

    @Test func rollbackUndoesExactlyWhatRan() throws {
        RunnerTestFixtures.healthyCoolify(transport)
        transport.scriptJSON("GET", "/api/v1/deployments/d1", #"{"deployment_uuid":"d1","status":"failed"}"#)
        let plan = RunnerTestFixtures.plan(
            .staging, paths: ["BE/app.py", "DB/versions/0002_a.py", "DB/versions/0003_b.py"])
        let executor = executor()
        let context = ExecutionContext(sequence: 7, previous: nil)

        let report = try executor.run(plan, context: context) { _ in }
        let rollback = try executor.rollBack(plan, after: report, context: context) { _ in }

        #expect(rollback.succeeded)
        #expect(
            rollback.steps.map(\.step.action) == [.deployBackend, .applyMigrations, .applyMigrations, .healthCheck])
        let posted = transport.requests.filter { $0.url.path.hasSuffix("/rollback") }
        #expect(posted.map { String(decoding: $0.body ?? Data(), as: UTF8.self) } == [#"{"commit":"prev-be-uuid"}"#])
        let patches = transport.requests.filter { $0.method == .patch }
        #expect(
            patches.map { String(decoding: $0.body ?? Data(), as: UTF8.self) } == [
                #"{"git_commit_sha":"\#(RunnerTestFixtures.head.hex)"}"#, #"{"git_commit_sha":"HEAD"}"#,
            ])
        #expect(
            launcher.commands == [
                "pytest", "pytest", "alembic upgrade head", "alembic downgrade -1", "alembic downgrade -1",
            ])
        #expect(
            events.reportLines.suffix(3) == [
                "[OPS-007] Rolled back BE on staging to image prev-be-uuid", "[DB-007] Undid 2 migrations on staging",
                "[OPS-007] Health checks passing on staging: 1/1 after the rollback",
            ])
    }

    @Test func rollbackWebhookReplacesRollbackAPI() throws {
        RunnerTestFixtures.healthyCoolify(transport)
        transport.scriptJSON("GET", "/api/v1/deployments/d1", #"{"deployment_uuid":"d1","status":"cancelled-by-user"}"#)
        transport.script("POST", "/rollback-hook", [HTTPResponse(status: 204)])
        var configuration = RunnerTestFixtures.configuration()
        configuration.coolify?.rollbackWebhooks = [
            RunnerTestFixtures.backendUUID: .literal("http://127.0.0.1:8002/rollback-hook")
        ]
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py"])
        let executor = executor(configuration)
        let context = ExecutionContext(sequence: 7, previous: nil)

        let report = try executor.run(plan, context: context) { _ in }
        let rollback = try executor.rollBack(plan, after: report, context: context) { _ in }

        #expect(rollback.succeeded)
        let hook = try #require(transport.requests.first { $0.url.path == "/rollback-hook" })
        #expect(
            String(decoding: hook.body ?? Data(), as: UTF8.self)
                == #"{"application_uuid":"be-uuid","commit":"prev-be-uuid"}"#)
        #expect(!transport.routesRequested.contains("POST /api/v1/applications/be-uuid/rollback"))
    }

    @Test func productionBacksUpBeforeMigrating() throws {
        RunnerTestFixtures.healthyCoolify(transport)
        transport.script("GET", "/login", [HTTPResponse(status: 200)])
        let plan = RunnerTestFixtures.plan(.production, paths: ["BE/app.py", "DB/versions/0002_a.py"])

        let report = try executor().run(plan, context: ExecutionContext(sequence: 3, previous: nil)) { _ in }

        #expect(!report.failed)
        #expect(backups.folders == ["/backups"])
        #expect(
            events.reportLines.first
                == "[DB-003] Backed up the production database to /backups/app.dump (42 bytes, 0 older backups removed)"
        )
        #expect(events.reportLines.contains("[OPS-003] Watched production for 1ms: health checks kept passing"))
    }

    @Test func missingSettingsStopBeforeAnyStep() {
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py", "DB/versions/0002_a.py"])
        var steps: [StepResult] = []

        #expect(
            throws: ExecutionError.notConfigured(
                Catalog.runnerMissingSettings(
                    ["coolify.url", "database.migrate", "database.url_env.staging"], readAt: plan.range.base.short))
        ) {
            try executor(Configuration()).run(plan, context: ExecutionContext(sequence: 1, previous: nil)) {
                steps.append($0)
            }
        }
        #expect(steps.isEmpty)
        #expect(transport.requests.isEmpty)
        #expect(launcher.commands.isEmpty)
    }
}
