import Foundation
import Testing
import VixenCoolify
import VixenTestSupport

@Suite struct CoolifyDeploymentTests {
    typealias Fixture = CoolifyFixture

    @Test func deploymentReadsStatusAndCommit() async throws {
        let fixture = try Fixture()
        fixture.server.addDeployment(uuid: "dep1", application: Fixture.backend, statuses: ["in_progress"])

        let deployment = try await fixture.client(token: Fixture.readToken).deployment("dep1")

        #expect(deployment.deploymentUUID == "dep1")
        #expect(deployment.status == .inProgress)
        #expect(deployment.commit == "HEAD")
        #expect(deployment.applicationName == "api")
        #expect(fixture.server.requests.last?.path == "/api/v1/deployments/dep1")
    }

    @Test func deploymentStatusesDecodeEveryCoolifyValue() {
        let values = ["queued", "in_progress", "finished", "failed", "cancelled-by-user", "paused"]
        let statuses = values.map(DeploymentStatus.init(rawValue:))
        #expect(statuses == [.queued, .inProgress, .finished, .failed, .cancelledByUser, .other("paused")])
        #expect(statuses.map(\.isFinal) == [false, false, true, true, true, false])
        #expect(statuses.map(\.rawValue) == values)
    }

    @Test func waitPollsUntilFinished() async throws {
        let fixture = try Fixture()
        fixture.server.addDeployment(
            uuid: "dep1", application: Fixture.backend, statuses: ["queued", "in_progress", "in_progress", "finished"])

        let deployment = try await fixture.client().waitForDeployment(
            "dep1", timeout: .seconds(600), pollInterval: .seconds(5))

        #expect(deployment.status == .finished)
        #expect(fixture.server.deployments["dep1"]?.polls == 4)
        #expect(fixture.clock.recordedSleeps == [.seconds(5), .seconds(5), .seconds(5)])
    }

    @Test func waitReturnsFailedDeployment() async throws {
        let fixture = try Fixture()
        fixture.server.addDeployment(uuid: "dep1", application: Fixture.backend, statuses: ["queued", "failed"])

        let deployment = try await fixture.client().waitForDeployment(
            "dep1", timeout: .seconds(60), pollInterval: .seconds(2))

        #expect(deployment.status == .failed)
    }

    @Test func waitReturnsCancelledDeployment() async throws {
        let fixture = try Fixture()
        fixture.server.addDeployment(uuid: "dep1", application: Fixture.backend, statuses: ["cancelled-by-user"])

        let deployment = try await fixture.client().waitForDeployment(
            "dep1", timeout: .seconds(60), pollInterval: .seconds(2))

        #expect(deployment.status == .cancelledByUser)
        #expect(fixture.clock.recordedSleeps.isEmpty)
    }

    @Test func waitKeepsPollingUnknownStatus() async throws {
        let fixture = try Fixture()
        fixture.server.addDeployment(
            uuid: "dep1", application: Fixture.backend, statuses: ["paused", "paused", "finished"])

        let deployment = try await fixture.client().waitForDeployment(
            "dep1", timeout: .seconds(60), pollInterval: .seconds(1))

        #expect(deployment.status == .finished)
        #expect(fixture.server.deployments["dep1"]?.polls == 3)
    }

    @Test func waitTimesOutWithLastStatus() async throws {
        let fixture = try Fixture()
        fixture.server.addDeployment(uuid: "dep1", application: Fixture.backend, statuses: ["queued", "in_progress"])
        let client = try fixture.client()
        let polls = PollLog()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.waitForDeployment(
                "dep1", timeout: .seconds(10), pollInterval: .seconds(3), onPoll: { polls.append($0.status) })
        }

        #expect(error == .deploymentTimedOut(uuid: "dep1", lastStatus: .inProgress, timeout: .seconds(10)))
        #expect(polls.statuses == [.queued, .inProgress, .inProgress, .inProgress, .inProgress])
        #expect(fixture.clock.recordedSleeps == [.seconds(3), .seconds(3), .seconds(3), .seconds(1)])
        #expect(
            error?.message.english
                == "Deployment dep1 was still in_progress after 10s. Look at it in Coolify, and raise "
                + "coolify.deploy_timeout if builds take longer.")
    }

    @Test func deployThenWaitFollowsTheQueuedDeployment() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let results = try await client.deploy(uuids: [Fixture.backend], force: false)
        guard case .queued(let uuid, _) = try #require(results.first).outcome else {
            Issue.record("the deployment was not queued")
            return
        }
        let deployment = try await client.waitForDeployment(uuid, timeout: .seconds(60), pollInterval: .seconds(5))

        #expect(deployment.status == .finished)
        #expect(deployment.deploymentUUID == uuid)
    }

    @Test func unknownDeploymentNamesItsUUID() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.deployment("missing1") }

        #expect(error == .notFound(endpoint: .deployment, uuid: "missing1"))
        #expect(
            error?.message.english
                == "Coolify has no deployment missing1 (404 on GET /api/v1/deployments/{uuid}). Use the "
                + "deployment_uuid of the deploy's response; when Coolify skips a deploy as a duplicate, it responds "
                + "with an id it never creates, so look for the running deployment in Coolify.")
    }
}

/// Collects the statuses a wait reports, from the polling task.
final class PollLog: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var collected: [DeploymentStatus] = []

    func append(_ status: DeploymentStatus) {
        lock.withLock { collected.append(status) }
    }

    var statuses: [DeploymentStatus] {
        lock.withLock { collected }
    }
}
