import Foundation
import Testing
import VixenCoolify
import VixenCore

@Suite struct DryRunTests {
    private static let token = "5|dryruntokenFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"

    private func client(environment: [String: String], output: Transcript, language: Language = .english) throws
        -> (CoolifyClient, DryRunTransport)
    {
        let transport = DryRunTransport(language: language, write: { output.append($0) })
        let client = CoolifyClient(
            baseURL: try #require(URL(string: "https://coolify.example.com")),
            token: CoolifyToken(variable: "COOLIFY_TOKEN", environment: environment),
            http: HTTPClient(transport: transport, clock: ManualDeployClock()))
        return (client, transport)
    }

    @Test func deployTranscriptRedactsToken() async throws {
        let output = Transcript()
        let (client, transport) = try client(environment: ["COOLIFY_TOKEN": Self.token], output: output)

        let error = await coolifyError { () async throws(CoolifyError) in
            try await client.deploy(uuids: ["abc", "def"], force: false)
        }

        #expect(
            error
                == .http(
                    .notSent(url: "https://coolify.example.com/api/v1/deploy?uuid=abc,def&force=false"),
                    endpoint: .deploy))
        #expect(
            output.text
                == """
                # Dry run: not sent
                POST https://coolify.example.com/api/v1/deploy?uuid=abc,def&force=false
                Accept: application/json
                Authorization: Bearer [redacted: $COOLIFY_TOKEN]

                """)
        #expect(!output.text.contains(Self.token))
        #expect(transport.requests.count == 1)
    }

    @Test func rollbackTranscriptShowsBodyInSpanish() async throws {
        let output = Transcript()
        let (client, _) = try client(environment: ["COOLIFY_TOKEN": Self.token], output: output, language: .spanish)

        _ = await coolifyError { () async throws(CoolifyError) in try await client.rollback("abc", to: "1111111") }

        #expect(
            output.text
                == """
                # Simulación: no se envía
                POST https://coolify.example.com/api/v1/applications/abc/rollback
                Accept: application/json
                Authorization: Bearer [oculto: $COOLIFY_TOKEN]
                Content-Type: application/json

                {"commit":"1111111"}

                """)
    }

    @Test func dryRunWorksWithoutToken() async throws {
        let output = Transcript()
        let (client, transport) = try client(environment: [:], output: output)

        let error = await coolifyError { () async throws(CoolifyError) in try await client.application("abc") }

        #expect(
            error == .http(.notSent(url: "https://coolify.example.com/api/v1/applications/abc"), endpoint: .application)
        )
        #expect(transport.requests.first?.headers.last == .bearer("", source: "$COOLIFY_TOKEN"))
        #expect(output.text.contains("Authorization: Bearer [redacted: $COOLIFY_TOKEN]"))
    }

    @Test func dryRunIsNotRetried() async throws {
        let output = Transcript()
        let (client, transport) = try client(environment: ["COOLIFY_TOKEN": Self.token], output: output)

        _ = await coolifyError { () async throws(CoolifyError) in try await client.deployment("abc") }

        #expect(transport.requests.count == 1)
    }

    @Test func responderRepliesInsteadOfNetwork() async throws {
        let reply = HTTPResponse(status: 200, body: Data(#"{"deployment_uuid":"d1","status":"finished"}"#.utf8))
        let transport = DryRunTransport(language: .english, write: { _ in }, responder: { _ in reply })
        let client = CoolifyClient(
            baseURL: try #require(URL(string: "https://coolify.example.com")),
            token: CoolifyToken(variable: "COOLIFY_TOKEN", environment: [:]),
            http: HTTPClient(transport: transport, clock: ManualDeployClock()))

        let deployment = try await client.deployment("d1")

        #expect(deployment.status == .finished)
    }

    @Test func secretHeaderAndURLAreHidden() {
        let request = HTTPRequest(
            method: .post, url: URL(fileURLWithPath: "/"), headers: [], body: nil, timeout: .seconds(1),
            urlIsSecret: false)
        var webhook = request
        webhook.url = URL(string: "https://hooks.example.com/services/T0/B0/secret") ?? request.url
        webhook.urlIsSecret = true
        webhook.headers = [HTTPHeader(name: "X-Api-Key", value: "k-123", visibility: .secret(source: "$SMOKE_KEY"))]

        let text = RequestTranscript.text(webhook, language: .english)

        #expect(text == "# Dry run: not sent\nPOST https://hooks.example.com/…\nX-Api-Key: [redacted: $SMOKE_KEY]\n")
    }
}

/// Collects what a dry run writes.
final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var collected = ""

    func append(_ text: String) {
        lock.withLock { collected += text }
    }

    var text: String {
        lock.withLock { collected }
    }
}
