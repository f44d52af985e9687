import Foundation
import Testing
import VixenTestSupport

/// A deployment that fails after it changed staging ends in an automatic rollback: the previous image
/// through Coolify's rollback API, the migrations it applied undone newest first, and health checked again.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct RunnerRollbackTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Checks what every rollback of a backend deployment with migrations 0002 and 0003 leaves behind.
    private func expectRolledBack(_ fixture: RunnerFixture, _ result: ProcessResult, failedStep: String) throws {
        #expect(result.status == 1, "\(result.stderr)")
        let output = lines(result.stdout)
        #expect(output.count == 8)
        #expect(output[1] == "[OPS-042] Rolled back v0.1.0 on staging - components: BE, DB")
        #expect(output[2] == "The step \(failedStep) failed, so the deployment was rolled back:")
        #expect(output[3] == "  [OPS] deploy-backend (BE): rolled back")
        #expect(output[4] == "  [DB] apply-migrations (DB): rolled back")
        #expect(output[5] == "  [DB] apply-migrations (DB): rolled back")
        #expect(output[6] == "  [OPS] health-check: rolled back")
        #expect(result.stderr.contains("[OPS-042] Rolled back BE on staging to image \(RunnerFixture.previousImage)\n"))
        #expect(result.stderr.contains("[DB-042] Undid 2 migrations on staging\n"))
        #expect(result.stderr.contains("[OPS-042] Health checks passing on staging: 1/1 after the rollback\n"))

        let rollbacks = fixture.requests("POST", "/api/v1/applications/\(RunnerFixture.backend)/rollback")
        #expect(rollbacks.map(\.bodyText) == ["{\"commit\":\"\(RunnerFixture.previousImage)\"}"])
        #expect(fixture.coolify.application(RunnerFixture.backend)?.gitCommitSHA == RunnerFixture.previousImage)
        #expect(fixture.migrationLog == ["up 0002", "up 0003", "down 0003", "down 0002"])
        #expect(try fixture.database?.query("SELECT revision FROM applied ORDER BY revision") == ["0001"])
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == fixture.initial)
        #expect(try fixture.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func failedCoolifyDeploymentRollsBack() throws {
        let fixture = try RunnerFixture(database: true)
        let head = try fixture.change(revisions: ["0002", "0003"])
        fixture.coolify.script(
            "GET", "/api/v1/deployments/dpl000000000000000000001",
            responses: [
                .json(200, ["deployment_uuid": "dpl000000000000000000001", "status": "failed", "commit": head])
            ])

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        try expectRolledBack(fixture, result, failedStep: "deploy-backend (BE)")
        #expect(
            result.stderr.contains(
                "[OPS] deploy-backend (BE): failed: the Coolify deployment dpl000000000000000000001 ended as failed\n"))
        let note = try fixture.note("staging", on: head)
        #expect(note.contains("\"result\" : \"rolled-back\""))
    }

    @Test func unhealthyServiceRollsBack() throws {
        let fixture = try RunnerFixture(database: true)
        try fixture.change(revisions: ["0002", "0003"])
        fixture.service.script("GET", "/health", [.text(500, "down"), .text(500, "down"), .text(200, "ok")])

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        try expectRolledBack(fixture, result, failedStep: "health-check")
        #expect(result.stderr.contains("[OPS] health-check: failed: "))
        #expect(fixture.requests("GET", "/api/v1/deployments/").count >= 2)
    }

    @Test func failedCriticalSmokeTestRollsBack() throws {
        let fixture = try RunnerFixture(database: true)
        try fixture.change(revisions: ["0002", "0003"])
        fixture.service.script("POST", "/api/login", [.text(503, "maintenance")])

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        try expectRolledBack(fixture, result, failedStep: "smoke-test-backend (BE)")
        #expect(result.stderr.contains("[QA-042] Smoke tests post-deployment: 0/1 passing\n"))
    }

    @Test func crashBetweenStepsIsRecoveredByNextRun() throws {
        // The backend's tests kill the runner the first time, after it took the lock and before any
        // step changed staging.
        let fixture = try RunnerFixture(
            testCommand: #"if [ ! -e "$CRASH_MARKER" ]; then touch "$CRASH_MARKER"; kill -9 $PPID; fi"#,
            lockTimeToLive: "1s")
        let marker = ["CRASH_MARKER": fixture.logs.url.appendingPathComponent("crashed").path]
        let head = try fixture.change(message: "feat: crash once")

        let crashed = try fixture.run(["deploy", "--target", "staging", "--now"], extra: marker)
        let lockAfterCrash = try fixture.remoteReference("refs/vixen-gate/lock/staging")
        let deployedAfterCrash = try fixture.remoteReference("refs/vixen-gate/deployed/staging")
        // The lock's age counts in whole seconds, so it is older than deploy.lock_ttl after this wait.
        Thread.sleep(forTimeInterval: 2)
        let recovered = try fixture.run(["deploy", "--target", "staging", "--now"], extra: marker)

        #expect(crashed.status == 9)
        #expect(lockAfterCrash != nil)
        #expect(deployedAfterCrash == fixture.initial)
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(recovered.stderr.hasPrefix("warning: took over refs/vixen-gate/lock/staging, which "))
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == head)
        #expect(try fixture.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func rollbackInJSON() throws {
        let fixture = try RunnerFixture(database: true)
        try fixture.change(revisions: ["0002"])
        fixture.service.script("POST", "/api/login", [.text(503, "maintenance")])

        let result = try fixture.run(["deploy", "--target", "staging", "--now", "--format", "json"])

        #expect(result.status == 1)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let document = try #require(value as? [String: Any], "\(result.stdout)")
        #expect(document["result"] as? String == "rolled-back")
        #expect(document["coolify_deployments"] as? [String] == ["dpl000000000000000000001"])
        #expect(
            document["previous_image_tags"] as? [String: String] == [RunnerFixture.backend: RunnerFixture.previousImage]
        )
        let executed = try #require(document["executed"] as? [[String: Any]])
        let failed = try #require(executed.last)
        #expect(failed["action"] as? String == "smoke-test-backend")
        #expect(failed["outcome"] as? String == "failed")
        #expect(failed["detail"] as? String == "Smoke test BE login failed: expected status 200, got 503")
        let rollback = try #require(document["rollback"] as? [[String: Any]])
        #expect(rollback.map { $0["action"] as? String } == ["deploy-backend", "apply-migrations", "health-check"])
        #expect(rollback.map { $0["outcome"] as? String } == ["succeeded", "succeeded", "succeeded"])
    }
}
