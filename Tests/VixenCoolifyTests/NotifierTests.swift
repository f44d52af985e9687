import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenTestSupport

@Suite struct NotifierTests {
    private let lines = [
        "[OPS-042] Deployed v1.4.0 to staging - components: BE, FE, DB", "[QA-042] Smoke tests: 10/10 passing",
    ]

    private func http() -> HTTPClient {
        HTTPClient(transport: URLSessionTransport(), clock: ManualDeployClock())
    }

    @Test func slackPayloadCarriesText() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("POST", "/services/T0/B0/key", [.text(200, "ok")])
        let notifier = Notifier(
            configuration: Configuration.Notification(url: .environment("CHAT_WEBHOOK"), style: .slack),
            environment: ["CHAT_WEBHOOK": "\(endpoints.baseURL)/services/T0/B0/key"], http: http())

        let outcome = await notifier.post(lines)

        #expect(outcome == .sent)
        let request = try #require(endpoints.requests.last)
        #expect(request.headers["content-type"] == "application/json")
        #expect(
            request.bodyText
                == #"{"text":"[OPS-042] Deployed v1.4.0 to staging - components: BE, FE, DB\n[QA-042] Smoke tests: 10/10 passing"}"#
        )
    }

    @Test func discordPayloadCarriesContent() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("POST", "/api/webhooks/1/abc", [CannedResponse(status: 204)])
        let notifier = Notifier(
            url: URL(string: "\(endpoints.baseURL)/api/webhooks/1/abc"), style: .discord, http: http())

        let outcome = await notifier.post(["done"])

        #expect(outcome == .sent)
        #expect(endpoints.requests.last?.bodyText == #"{"content":"done"}"#)
    }

    @Test func discordContentIsCutToLimit() throws {
        let notifier = Notifier(url: nil, style: .discord, http: http())

        let payload = notifier.payload([String(repeating: "a", count: 2500)])

        let object = try #require(try JSONSerialization.jsonObject(with: payload) as? [String: String])
        #expect(object["content"]?.count == 2000)
        #expect(object["content"]?.hasSuffix("…") == true)
    }

    @Test func failingWebhookIsOnlyAWarning() async throws {
        let endpoints = try ScriptedEndpoints()
        endpoints.script("POST", "/services/T0/B0/key", [.text(500, "error")])
        let notifier = Notifier(
            url: URL(string: "\(endpoints.baseURL)/services/T0/B0/key"), style: .slack, http: http())

        let outcome = await notifier.post(lines)

        #expect(outcome == .failed(.rejected(url: "\(endpoints.baseURL)/…", status: 500)))
        #expect(endpoints.requests.count == 2)
        guard case .failed(let warning) = outcome else {
            return
        }
        #expect(
            warning.message.english.hasPrefix("Warning: the notification webhook \(endpoints.baseURL)/… returned 500"))
        #expect(warning.message.english.contains("B0/key") == false)
    }

    @Test func missingURLVariableIsAWarning() async {
        let notifier = Notifier(
            configuration: Configuration.Notification(url: .environment("CHAT_WEBHOOK"), style: .slack),
            environment: [:],
            http: http())

        let outcome = await notifier.post(lines)

        #expect(outcome == .failed(.missingVariable("CHAT_WEBHOOK")))
    }

    @Test func noConfigurationPostsNothing() async {
        let notifier = Notifier(configuration: nil, environment: [:], http: http())

        #expect(await notifier.post(lines) == .notConfigured)
    }
}
