import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenTestSupport

@Suite struct CoolifyRollbackTests {
    typealias Fixture = CoolifyFixture

    @Test func rollbackImagesListTagsAndCurrent() async throws {
        let fixture = try Fixture()

        let images = try await fixture.client(token: Fixture.readToken).rollbackImages(Fixture.backend)

        #expect(images.current == "2222222")
        #expect(
            images.images == [
                RollbackImage(tag: "1111111", createdAt: "2025-01-01 10:00:00 +0000 UTC", isCurrent: false),
                RollbackImage(tag: "2222222", createdAt: "2025-01-01 10:00:00 +0000 UTC", isCurrent: true),
            ])
    }

    @Test func rollbackImagesSkipUntaggedImages() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/applications/\(Fixture.backend)/rollback-images",
            responses: [
                .json(
                    200,
                    [
                        "current": NSNull(),
                        "images": [["tag": NSNull(), "created_at": NSNull(), "is_current": false]],
                    ])
            ])

        let images = try await fixture.client().rollbackImages(Fixture.backend)

        #expect(images == RollbackImages(current: nil, images: []))
    }

    @Test func rollbackPostsCommitAndQueuesDeployment() async throws {
        let fixture = try Fixture()

        let result = try await fixture.client(token: Fixture.deployToken).rollback(Fixture.backend, to: "1111111")

        #expect(
            result == RollbackResult(message: "Rollback deployment queued.", deploymentUUID: "dpl000000000000000000001")
        )
        let request = try #require(fixture.server.requests.last)
        #expect(request.method == "POST")
        #expect(request.path == "/api/v1/applications/\(Fixture.backend)/rollback")
        #expect(request.bodyText == #"{"commit":"1111111"}"#)
        #expect(fixture.server.deployments["dpl000000000000000000001"]?.commit == "1111111")
    }

    @Test func rollbackWithFullQueueIsQueueFull() async throws {
        let fixture = try Fixture()
        fixture.server.fillRollbackQueue(for: 1)
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.rollback(Fixture.backend, to: "1111111")
        }

        #expect(
            error
                == .queueFull(
                    endpoint: .rollback,
                    serverMessage: "Deployment queue is full. Please wait for existing deployments to complete."))
        #expect(fixture.server.requests.count == 1)
    }

    @Test func rollbackOnOldCoolifySuggestsWebhook() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/applications/\(Fixture.backend)/rollback-images",
            responses: [.json(404, ["message": "The route api/v1/applications/x/rollback-images could not be found."])])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.rollbackImages(Fixture.backend)
        }

        #expect(error == .notFound(endpoint: .rollbackImages, uuid: Fixture.backend))
        #expect(
            error?.message.english.hasSuffix(
                "Coolify before 4.3.0 has no rollback API: configure coolify.rollback_webhook for it.") == true)
    }

    @Test func webhookReceivesApplicationAndCommit() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("POST", "/hooks/rollback/secret-path", [.text(202, "accepted")])
        let url = try #require(URL(string: "\(endpoints.baseURL)/hooks/rollback/secret-path"))
        let webhook = RollbackWebhook(url: url, http: try Fixture().http())

        try await webhook.trigger(application: Fixture.backend, commit: "1111111")

        let request = try #require(endpoints.requests.last)
        #expect(request.method == "POST")
        #expect(request.bodyText == #"{"application_uuid":"bkd0g8cc0kg44ogkwco8soc4","commit":"1111111"}"#)
    }

    @Test func webhookFailureHidesItsPath() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("POST", "/hooks/rollback/secret-path", [.text(500, "boom")])
        let environment = ["ROLLBACK_URL": "\(endpoints.baseURL)/hooks/rollback/secret-path"]
        let webhook = try RollbackWebhook(
            source: .environment("ROLLBACK_URL"), environment: environment,
            http: try Fixture().http(policy: .singleAttempt))

        let error = await coolifyError { () async throws(CoolifyError) in
            try await webhook.trigger(application: Fixture.backend, commit: "1111111")
        }

        #expect(error == .webhookRejected(url: "\(endpoints.baseURL)/…", status: 500))
        #expect(error?.message.english.contains("secret-path") == false)
    }

    @Test func webhookVariableMissingIsNamed() throws {
        #expect(throws: CoolifyError.missingWebhookURL(variable: "ROLLBACK_URL")) {
            _ = try RollbackWebhook(
                source: .environment("ROLLBACK_URL"), environment: [:], http: try CoolifyFixture().http())
        }
    }

    @Test func webhookPlainHTTPFromVariableIsRejected() throws {
        let environment = ["ROLLBACK_URL": "http://ci.example.com/hooks/rollback/secret-path"]

        #expect(
            throws: CoolifyError.invalidWebhookURL(source: "ROLLBACK_URL", url: "http://ci.example.com/…")
        ) {
            _ = try RollbackWebhook(
                source: .environment("ROLLBACK_URL"), environment: environment, http: try CoolifyFixture().http())
        }
    }
}
