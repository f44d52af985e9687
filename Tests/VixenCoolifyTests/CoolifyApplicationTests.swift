import Foundation
import Testing
import VixenCoolify
import VixenTestSupport

@Suite struct CoolifyApplicationTests {
    typealias Fixture = CoolifyFixture

    @Test func applicationReadsStatusDomainsAndCommit() async throws {
        let fixture = try Fixture()

        let application = try await fixture.client(token: Fixture.readToken).application(Fixture.backend)

        #expect(application.uuid == Fixture.backend)
        #expect(application.name == "api")
        #expect(application.status.rawValue == "running:healthy")
        #expect(application.status.state == "running")
        #expect(application.status.health == "healthy")
        #expect(application.domains == ["https://api.example.com", "https://www.api.example.com"])
        #expect(application.gitCommitSHA == "HEAD")
    }

    @Test func applicationWithoutDomainHasNone() async throws {
        let fixture = try Fixture()

        let application = try await fixture.client().application(Fixture.frontend)

        #expect(application.fqdn == nil)
        #expect(application.domains == [])
        #expect(application.status.health == "unknown")
    }

    @Test func setCommitPatchesGitCommitSHA() async throws {
        let fixture = try Fixture()
        let sha = "0123456789abcdef0123456789abcdef01234567"

        try await fixture.client(token: Fixture.writeToken).setCommit(application: Fixture.backend, sha: sha)

        let request = try #require(fixture.server.requests.last)
        #expect(request.method == "PATCH")
        #expect(request.path == "/api/v1/applications/\(Fixture.backend)")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.bodyText == #"{"git_commit_sha":"0123456789abcdef0123456789abcdef01234567"}"#)
        #expect(fixture.server.application(Fixture.backend)?.gitCommitSHA == sha)
    }

    @Test func setCommitWithDeployTokenNamesWriteScope() async throws {
        let fixture = try Fixture()
        let client = try fixture.client(token: Fixture.deployToken)

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.setCommit(application: Fixture.backend, sha: "abc1234")
        }

        #expect(error == .forbidden(endpoint: .updateApplication, serverMessage: "Missing required permissions: write"))
        #expect(fixture.server.application(Fixture.backend)?.gitCommitSHA == "HEAD")
    }

    @Test func setCommitWithInvalidSHAQuotesCoolify() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.setCommit(application: Fixture.backend, sha: "-bad sha")
        }

        #expect(
            error
                == .rejected(
                    endpoint: .updateApplication, status: 422,
                    serverMessage: "Validation failed. git_commit_sha: The git commit sha format is invalid."))
    }

    @Test func unknownApplicationNamesUUIDAndConfigurationKey() async throws {
        let fixture = try Fixture()
        let client = try fixture.client()

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application("nosuchapp") }

        #expect(error == .notFound(endpoint: .application, uuid: "nosuchapp"))
        #expect(
            error?.message.english
                == "Coolify has no application nosuchapp that this token can see (404 on GET "
                + "/api/v1/applications/{uuid}). Check the UUID under coolify.applications in .vixen-gate.yml, and "
                + "that the token belongs to the team that owns the application.")
    }

    @Test func environmentVariablesComeWithoutValues() async throws {
        let fixture = try Fixture()

        let variables = try await fixture.client(token: Fixture.readToken).environmentVariables(Fixture.backend)

        #expect(
            variables == [
                EnvironmentVariable(
                    key: "DATABASE_URL", isBuildtime: false, isRuntime: true, isPreview: false, isLiteral: false,
                    isMultiline: false, isShownOnce: false, comment: nil),
                EnvironmentVariable(
                    key: "VITE_API_URL", isBuildtime: true, isRuntime: false, isPreview: false, isLiteral: false,
                    isMultiline: false, isShownOnce: false, comment: nil),
            ])
    }

    @Test func environmentVariablesIgnoreValuesARootTokenSees() async throws {
        let fixture = try Fixture()

        let variables = try await fixture.client(token: Fixture.rootToken).environmentVariables(Fixture.backend)

        #expect(variables.map(\.key) == ["DATABASE_URL", "VITE_API_URL"])
        #expect(!String(describing: variables).contains("hunter2"))
    }
}
