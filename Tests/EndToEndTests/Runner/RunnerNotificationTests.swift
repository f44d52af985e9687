import Foundation
import Testing
import VixenTestSupport

/// `coolify.notify` receives the report lines of deployments and deferrals, and a webhook that
/// fails only adds a warning.
struct RunnerNotificationTests {
    private func fixture() throws -> (RunnerFixture, ScriptedEndpoints) {
        let chat = try ScriptedEndpoints()
        let fixture = try RunnerFixture(extra: "  notify: {url: \(chat.baseURL)/hook, style: slack}\n")
        return (fixture, chat)
    }

    /// Returns the `text` of each JSON body the chat webhook received.
    private func posted(_ chat: ScriptedEndpoints) -> [String] {
        chat.requests.compactMap { $0.jsonObject?["text"] as? String }
    }

    @Test func deploymentPostsReportLines() throws {
        let (fixture, chat) = try fixture()
        chat.script("POST", "/hook", [.text(200, "ok")])
        try fixture.change()

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(chat.requests.count == 1)
        #expect(
            posted(chat) == [
                [
                    "[SM-042] Tests passing: BE", "[QA-042] Tests passing: BE",
                    "[OPS-042] Deployed v0.1.0 to staging - components: BE",
                    "[OPS-042] Health checks passing on staging: 1/1",
                    "[OPS-042] Watched staging for 1ms: health checks kept passing",
                    "[QA-042] Smoke tests post-deployment: 1/1 passing",
                    "[SM-042] Deployment v0.1.0 to staging completed, smoke tests OK",
                ].joined(separator: "\n")
            ])
    }

    @Test func deferralPostsItsLine() throws {
        let (fixture, chat) = try fixture()
        chat.script("POST", "/hook", [.text(200, "ok")])
        try fixture.change()

        let result = try fixture.run(["deploy", "--target", "staging"])

        #expect(result.status == 0, "\(result.stderr)")
        let text = try #require(posted(chat).first)
        #expect(text.hasPrefix("[OPS-042] Deferred v0.1.0 to staging - 1/5 commits, 5/200 lines, oldest "))
        #expect(fixture.coolify.requests.isEmpty)
    }

    @Test func failingWebhookOnlyWarns() throws {
        let (fixture, chat) = try fixture()
        chat.script("POST", "/hook", [.text(500, "down")])
        let head = try fixture.change()

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.hasSuffix(
                "Warning: the notification webhook \(chat.baseURL)/… returned 500, so the report was not posted. The "
                    + "deployment is not affected; check the webhook's URL and its channel.\n"))
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == head)
    }
}
