import Foundation
import Testing
import VixenCoolify
import VixenTestSupport

@Suite struct CoolifyResponseTests {
    typealias Fixture = CoolifyFixture

    @Test func serverErrorIsRetriedWithBackoff() async throws {
        let fixture = try Fixture()
        let path = "/api/v1/applications/\(Fixture.backend)"
        fixture.server.script("GET", path, responses: [.text(502, "bad gateway"), .text(503, "unavailable")])

        let application = try await fixture.client().application(Fixture.backend)

        #expect(application.name == "api")
        #expect(fixture.server.requests.count == 3)
        #expect(fixture.clock.recordedSleeps == [.milliseconds(750), .milliseconds(1500)])
    }

    @Test func serverErrorOnEveryAttemptNamesStatus() async throws {
        let fixture = try Fixture()
        let path = "/api/v1/applications/\(Fixture.backend)"
        fixture.server.script("GET", path, responses: Array(repeating: .text(500, "oops"), count: 4))
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .serverError(endpoint: .application, status: 500, attempts: 4))
        #expect(fixture.server.requests.count == 4)
    }

    @Test func unauthorizedIsNotRetried() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: "0|unknown")

        _ = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend) }

        #expect(fixture.server.requests.count == 1)
        #expect(fixture.clock.recordedSleeps.isEmpty)
    }

    @Test func notFoundIsNotRetried() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        _ = await coolifyError { () async throws(CoolifyError) in try await client.application("gone") }

        #expect(fixture.server.requests.count == 1)
    }

    @Test func missingFieldNamesEndpointAndField() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/deployments/dep1", responses: [.json(200, ["deployment_uuid": "dep1", "logs": "..."])])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.deployment("dep1") }

        #expect(error == .malformedResponse(endpoint: .deployment, problem: .missingField("status")))
        #expect(
            error?.message.english
                == "The response to GET /api/v1/deployments/{uuid} is not what Coolify 4.3 sends: the field status is "
                + "missing. Check that coolify.url points at Coolify 4; a newer Coolify may have changed this response."
        )
    }

    @Test func wrongTypeNamesNestedField() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "POST", "/api/v1/deploy",
            responses: [.json(200, ["deployments": [["message": "ok", "resource_uuid": 7]]])])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: [Fixture.backend], force: false)
        }

        #expect(error == .malformedResponse(endpoint: .deploy, problem: .wrongType("deployments[0].resource_uuid")))
    }

    @Test func htmlPageIsNotJSON() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/applications/\(Fixture.backend)", responses: [.text(200, "<html>login</html>")])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .malformedResponse(endpoint: .application, problem: .notJSON))
    }

    @Test func extraFieldsAreIgnored() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/deployments/dep1",
            responses: [.json(200, ["deployment_uuid": "dep1", "status": "finished", "future_field": ["a": 1]])])

        let deployment = try await fixture.client().deployment("dep1")

        #expect(deployment == Deployment(deploymentUUID: "dep1", status: .finished))
    }

    @Test func redirectIsReportedNotFollowed() async throws {
        let fixture = try Fixture()
        let target = "\(fixture.server.url)/elsewhere"
        fixture.server.script(
            "GET", "/api/v1/applications/\(Fixture.backend)",
            responses: [CannedResponse(status: 302, headers: [("Location", target)])])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .redirected(endpoint: .application, status: 302, location: target))
        #expect(fixture.server.requests.map(\.path) == ["/api/v1/applications/\(Fixture.backend)"])
    }

    @Test func slowResponseTimesOutOnEveryAttempt() async throws {
        let fixture = try Fixture()
        let path = "/api/v1/applications/\(Fixture.backend)"
        let slow = CannedResponse.json(200, ["uuid": "x"], delay: .milliseconds(400))
        fixture.server.script("GET", path, responses: [slow, slow])
        let client = CoolifyClient(
            baseURL: try #require(URL(string: fixture.server.url)),
            token: CoolifyToken(variable: "COOLIFY_TOKEN", environment: ["COOLIFY_TOKEN": Fixture.rootToken]),
            http: fixture.http(
                policy: RetryPolicy(
                    maxAttempts: 2, baseDelay: .seconds(1), maxDelay: .seconds(1), maxRetryAfter: .seconds(1))),
            requestTimeout: .milliseconds(100))

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .http(.timedOut(url: "\(fixture.server.url)\(path)", attempts: 2), endpoint: .application))
        #expect(fixture.clock.recordedSleeps == [.milliseconds(750)])
    }
}
