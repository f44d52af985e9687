import Foundation
import Testing
import VixenCoolify
import VixenTestSupport

@Suite struct CoolifyDeployTests {
    typealias Fixture = CoolifyFixture

    @Test func deployQueuesEachApplication() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: Fixture.deployToken)

        let results = try await client.deploy(uuids: [Fixture.backend, Fixture.frontend], force: false)

        #expect(
            results == [
                DeployResult(
                    resourceUUID: Fixture.backend,
                    outcome: .queued(
                        deploymentUUID: "dpl000000000000000000001", message: "Application api deployment queued.")),
                DeployResult(
                    resourceUUID: Fixture.frontend,
                    outcome: .queued(
                        deploymentUUID: "dpl000000000000000000002", message: "Application web deployment queued.")),
            ])
    }

    @Test func deploySendsPostWithUUIDListAndToken() async throws {
        let fixture = try Fixture()
        _ = try await fixture.client(token: Fixture.deployToken).deploy(
            uuids: [Fixture.backend, Fixture.frontend], force: true)

        let request = try #require(fixture.server.requests.last)
        #expect(request.method == "POST")
        #expect(request.path == "/api/v1/deploy")
        #expect(request.query == "uuid=\(Fixture.backend),\(Fixture.frontend)&force=true")
        #expect(request.headers["authorization"] == "Bearer \(Fixture.deployToken)")
        #expect(request.headers["accept"] == "application/json")
        #expect(request.body.isEmpty)
    }

    @Test func deployMarksUnknownUUIDNotFound() async throws {
        let fixture = try Fixture()
        let results = try await fixture.client().deploy(uuids: ["unknown000", Fixture.backend], force: false)

        #expect(results.first == DeployResult(resourceUUID: "unknown000", outcome: .notFound))
        #expect(results.count == 2)
    }

    @Test func deployOfOnlyUnknownUUIDsNamesThem() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: ["aaa", "bbb"], force: false)
        }

        #expect(error == .notFound(endpoint: .deploy, uuid: "aaa,bbb"))
        #expect(
            error?.message.english
                == "Coolify found none of the resources aaa,bbb (404 on POST /api/v1/deploy). Check the UUIDs under "
                + "coolify.applications in .vixen-gate.yml, and that the token belongs to the team that owns them.")
    }

    @Test func deployWithoutUUIDSendsNothing() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: [], force: false)
        }

        #expect(error == .invalidUUID(""))
        #expect(fixture.server.requests.isEmpty)
    }

    @Test func deployRejectsUUIDThatWouldChangeTheQuery() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: ["abc&force=true"], force: false)
        }

        #expect(error == .invalidUUID("abc&force=true"))
        #expect(fixture.server.requests.isEmpty)
    }

    @Test func deployWithReadTokenNamesDeployScope() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: Fixture.readToken)

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: [Fixture.backend], force: false)
        }

        #expect(error == .forbidden(endpoint: .deploy, serverMessage: "Missing required permissions: deploy"))
        #expect(
            error?.message.english
                == "Coolify rejected POST /api/v1/deploy (403 Forbidden): this request needs a token with the deploy "
                + "scope. Coolify's message: \"Missing required permissions: deploy\". Create a token with the deploy "
                + "scope; if the message reports that the API is disabled or this address is not allowed, change that in "
                + "Coolify's settings.")
        #expect(fixture.server.requests.count == 1)
    }

    @Test func deployWaitsForRetryAfterWhenQueueIsFull() async throws {
        let fixture = try Fixture()
        fixture.server.fillDeployQueue(for: 1)

        let results = try await fixture.client().deploy(uuids: [Fixture.backend], force: false)

        #expect(results.count == 1)
        #expect(fixture.clock.recordedSleeps == [.seconds(60)])
        #expect(fixture.server.requests.count == 2)
    }

    @Test func deployStopsAfterMaxAttemptsOfFullQueue() async throws {
        let fixture = try Fixture()
        fixture.server.fillDeployQueue(for: 10)
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: [Fixture.backend], force: false)
        }

        #expect(
            error
                == .rateLimited(
                    endpoint: .deploy, attempts: 4,
                    serverMessage: "Deployment queue is full. Please wait for existing deployments to complete."))
        #expect(fixture.server.requests.count == 4)
        #expect(fixture.clock.recordedSleeps == [.seconds(60), .seconds(60), .seconds(60)])
    }

    @Test func deployReturning405ExplainsPost() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "POST", "/api/v1/deploy",
            responses: [
                .json(405, ["message": "This endpoint has changed to a POST request."], headers: [("Allow", "POST")])
            ])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: [Fixture.backend], force: false)
        }

        #expect(error == .methodNotAllowed(endpoint: .deploy))
        #expect(
            error?.message.english
                == "Coolify returned 405 Method Not Allowed for POST /api/v1/deploy. Since Coolify 4.2.0, deploy and "
                + "other actions accept only POST (GET /api/v1/deploy returns 405). Send the request with POST; if "
                + "vixen-gate already does, check for a proxy in front of Coolify that changes the method.")
        #expect(fixture.server.requests.count == 1)
    }

    @Test func fakeRejectsGetDeployWith405() async throws {
        let fixture = try Fixture()
        let url = try #require(URL(string: "\(fixture.server.url)/api/v1/deploy?uuid=\(Fixture.backend)"))
        let request = HTTPRequest(
            method: .get, url: url, headers: [.bearer(Fixture.deployToken, source: "$COOLIFY_TOKEN")])

        let response = try await fixture.http().send(request)

        #expect(response.status == 405)
        #expect(response.header("Allow") == "POST")
        #expect(response.text == #"{"message":"This endpoint has changed to a POST request."}"#)
    }
}
