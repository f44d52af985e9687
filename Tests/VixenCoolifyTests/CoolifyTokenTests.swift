import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenTestSupport

@Suite struct CoolifyTokenTests {
    typealias Fixture = CoolifyFixture

    @Test func missingTokenVariableStopsOnlyTheCall() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: nil)

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .missingToken(variable: "COOLIFY_TOKEN"))
        #expect(
            error?.message.english
                == "The environment variable COOLIFY_TOKEN is not set, so there is no Coolify API token to send. "
                + "Create a token in Coolify (Keys & Tokens, API tokens) with the scopes this run needs (read for "
                + "status and variables, deploy for deployments and rollbacks) and export it as COOLIFY_TOKEN.")
        #expect(fixture.server.requests.isEmpty)
    }

    @Test func emptyTokenVariableIsNamed() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: "  ")

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .emptyToken(variable: "COOLIFY_TOKEN"))
    }

    @Test func unknownTokenGets401NamingVariable() async throws {
        let fixture = try Fixture()
        let token = "9|revokedtokenEEEEEEEEEEEEEEEEEEEEEEEEEEEEE"
        let client = try fixture.client(token: token)

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: [Fixture.backend], force: false)
        }

        #expect(error == .unauthenticated(endpoint: .deploy, variable: "COOLIFY_TOKEN"))
        #expect(
            error?.message.english
                == "Coolify rejected the API token in COOLIFY_TOKEN (401 Unauthenticated) on POST /api/v1/deploy. "
                + "The token is wrong, revoked or expired: create a new one with the deploy scope and export it as "
                + "COOLIFY_TOKEN.")
        #expect(error?.message.english.contains(token) == false)
        #expect(error?.message.spanish.contains(token) == false)
        #expect(fixture.server.requests.count == 1)
    }

    @Test func readTokenNeedsReadScopeForStatus() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: Fixture.deployToken)

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .forbidden(endpoint: .application, serverMessage: "Missing required permissions: read"))
        #expect(error?.message.english.contains("needs a token with the read scope") == true)
    }

    @Test func tokenEchoedByServerIsRedacted() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/applications/\(Fixture.backend)",
            responses: [.json(403, ["message": "Token \(Fixture.rootToken) may not read this."])])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .forbidden(endpoint: .application, serverMessage: "Token [redacted] may not read this."))
    }

    @Test func tokenOfNoTeamIsInvalidToken() async throws {
        let fixture = try Fixture()
        fixture.server.script(
            "GET", "/api/v1/applications/\(Fixture.backend)",
            responses: [
                .json(
                    400, ["message": "Invalid token.", "docs": "https://coolify.io/docs/api-reference/authorization"])
            ])
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application(Fixture.backend)
        }

        #expect(error == .invalidToken(endpoint: .application, variable: "COOLIFY_TOKEN"))
    }

    @Test func clientFromConfigurationUsesTokenVariable() async throws {
        let fixture = try Fixture()
        var configuration = Configuration.Coolify(url: fixture.server.url)
        configuration.tokenVariable = "DEPLOY_TOKEN"
        let client = try CoolifyClient(
            configuration: configuration, environment: ["DEPLOY_TOKEN": Fixture.readToken], http: fixture.http())

        let application = try await client.application(Fixture.frontend)

        #expect(application.name == "web")
        #expect(fixture.server.requests.last?.headers["authorization"] == "Bearer \(Fixture.readToken)")
    }
}
