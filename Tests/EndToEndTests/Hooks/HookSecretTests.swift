import Foundation
import Testing
import VixenTestSupport

/// Pushes that carry a credential: the pre-push hook must stop them and never print the value.
@Suite struct HookSecretTests {
    private typealias Fixture = HookFixture

    /// A GitHub classic token built at run time, so the test file itself contains no credential.
    private static let token = "ghp_" + String(repeating: "k7Qz9Xw2", count: 3) + "aB3dE1fG4hJ5"

    @Test func secretAddedThenRemovedStopsPush() throws {
        let fixture = try Fixture()
        try fixture.work.write("backend/app/settings.py", "GITHUB_TOKEN = \"\(Self.token)\"\n")
        let added = try fixture.work.commit("Add the deploy token")
        try fixture.work.write("backend/app/settings.py", "GITHUB_TOKEN = os.environ[\"GITHUB_TOKEN\"]\n")
        try fixture.work.commit("Read the token from the environment")

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 1)
        #expect(result.stderr.contains("backend/app/settings.py:1 (commit \(Fixture.short(added)))"))
        #expect(result.stderr.contains("secret.github-"))
        #expect(!result.stderr.contains(Self.token))
        #expect(!result.stdout.contains(Self.token))
        #expect(result.stderr.contains("If a secret was ever pushed to any remote, rotate it as well"))
        #expect(!result.stderr.contains("Add a commit that fixes"))
        #expect(result.stderr.contains("error: failed to push some refs"))
        #expect(fixture.originCommit("refs/heads/main") == fixture.base)
    }

    @Test func placeholderDoesNotStopPush() throws {
        let fixture = try Fixture()
        try fixture.work.write("backend/.env.example", "GITHUB_TOKEN=<your-github-token>\n")
        try fixture.work.commit("Document the token")

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 0)
        #expect(!result.stderr.contains("secret."))
        #expect(fixture.originCommit("refs/heads/main") != fixture.base)
    }
}
