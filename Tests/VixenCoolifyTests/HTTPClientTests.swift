import Foundation
import Testing
import VixenCoolify
import VixenTestSupport

@Suite struct HTTPClientTests {
    private func request(_ text: String) throws -> HTTPRequest {
        HTTPRequest(method: .get, url: try #require(URL(string: text)))
    }

    private func client(_ transport: RecordingTransport, clock: ManualDeployClock = ManualDeployClock()) -> HTTPClient {
        HTTPClient(transport: transport, clock: clock, retryPolicy: .standard, jitter: { 0.5 })
    }

    @Test(arguments: [
        "http://example.com/api/v1/deploy", "http://10.0.0.5:8000/health", "http://169.254.169.254/latest",
        "http://127.0.0.2/health", "ftp://127.0.0.1/file", "file:///etc/hosts",
    ])
    func insecureURLIsRejectedBeforeSending(url: String) async throws {
        let transport = RecordingTransport()

        await #expect(throws: HTTPClientError.insecureURL(url)) {
            _ = try await client(transport).send(try request(url))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [
        "http://127.0.0.1:8000/health", "http://localhost/health", "http://[::1]:9/x", "https://example.com/",
    ])
    func secureOrLoopbackURLIsSent(url: String) async throws {
        let transport = RecordingTransport()

        let response = try await client(transport).send(try request(url))

        #expect(response.status == 200)
        #expect(transport.requests.map(\.url.absoluteString) == [url])
    }

    @Test func insecureURLMessageNamesURL() {
        let message = HTTPClientError.insecureURL("http://example.com/x").message
        #expect(
            message.english
                == "Blocked the request to http://example.com/x: plain http:// is allowed only to 127.0.0.1, "
                + "::1 and localhost, and other schemes not at all. Use an https:// URL.")
        #expect(
            message.spanish
                == "Se bloqueó la solicitud a http://example.com/x: http:// sin cifrar solo se admite hacia "
                + "127.0.0.1, ::1 y localhost, y otros esquemas no se admiten. Use una URL https://.")
    }

    @Test func secretURLIsRejectedShowingOnlyHost() async throws {
        let transport = RecordingTransport()
        var secret = try request("http://hooks.example.com/services/T000/B000/XXXX")
        secret.urlIsSecret = true

        await #expect(throws: HTTPClientError.insecureURL("http://hooks.example.com/…")) {
            _ = try await client(transport).send(secret)
        }
    }

    @Test func retryAfterSecondsIsHonoured() async throws {
        let transport = RecordingTransport(responses: [
            .success(HTTPResponse(status: 429, headers: ["Retry-After": "7"])), .success(HTTPResponse(status: 200)),
        ])
        let clock = ManualDeployClock()

        let response = try await client(transport, clock: clock).send(try request("https://coolify.example.com/"))

        #expect(response.status == 200)
        #expect(clock.recordedSleeps == [.seconds(7)])
    }

    @Test func retryAfterDateIsHonoured() async throws {
        let clock = ManualDeployClock(start: Date(timeIntervalSince1970: 1_750_000_000))
        // 1_750_000_000 is Sun, 15 Jun 2025 15:06:40 GMT; the header requests a wait until 20 seconds later.
        let transport = RecordingTransport(responses: [
            .success(HTTPResponse(status: 429, headers: ["retry-after": "Sun, 15 Jun 2025 15:07:00 GMT"])),
            .success(HTTPResponse(status: 200)),
        ])

        _ = try await client(transport, clock: clock).send(try request("https://coolify.example.com/"))

        #expect(clock.recordedSleeps == [.seconds(20)])
    }

    @Test func retryAfterIsCapped() async throws {
        let transport = RecordingTransport(responses: [
            .success(HTTPResponse(status: 429, headers: ["Retry-After": "3600"])), .success(HTTPResponse(status: 200)),
        ])
        let clock = ManualDeployClock()

        _ = try await client(transport, clock: clock).send(try request("https://coolify.example.com/"))

        #expect(clock.recordedSleeps == [.seconds(120)])
    }

    @Test func unreadableRetryAfterFallsBackToBackoff() async throws {
        let transport = RecordingTransport(responses: [
            .success(HTTPResponse(status: 429, headers: ["Retry-After": "soon"])), .success(HTTPResponse(status: 200)),
        ])
        let clock = ManualDeployClock()

        _ = try await client(transport, clock: clock).send(try request("https://coolify.example.com/"))

        #expect(clock.recordedSleeps == [.milliseconds(750)])
    }

    @Test func exhaustedRetriesReturnLastResponse() async throws {
        let transport = RecordingTransport(responses: [.success(HTTPResponse(status: 503))])
        let clock = ManualDeployClock()

        let response = try await client(transport, clock: clock).send(try request("https://coolify.example.com/"))

        #expect(response.status == 503)
        #expect(transport.requests.count == 4)
        #expect(clock.recordedSleeps == [.milliseconds(750), .milliseconds(1500), .milliseconds(3000)])
    }

    @Test func failedConnectionsAreRetriedThenReported() async throws {
        let transport = RecordingTransport(responses: [.failure(.connectionFailed(.refused))])

        await #expect(
            throws: HTTPClientError.connectionFailed(url: "https://coolify.example.com/", reason: .refused, attempts: 4)
        ) {
            _ = try await client(transport).send(try request("https://coolify.example.com/"))
        }
        #expect(transport.requests.count == 4)
    }

    @Test func clientErrorsAreNotRetried() async throws {
        for status in [400, 401, 403, 404, 405, 422] {
            let transport = RecordingTransport(responses: [.success(HTTPResponse(status: status))])

            let response = try await client(transport).send(try request("https://coolify.example.com/"))

            #expect(response.status == status)
            #expect(transport.requests.count == 1)
        }
    }

    @Test func retriesAreReported() async throws {
        let transport = RecordingTransport(responses: [.failure(.timedOut), .success(HTTPResponse(status: 200))])
        let log = RetryLog()
        let http = HTTPClient(
            transport: transport, clock: ManualDeployClock(), jitter: { 0 }, onRetry: { log.append($0) })

        _ = try await http.send(try request("https://coolify.example.com/x"))

        #expect(
            log.retries == [
                HTTPRetry(
                    method: .get, url: "https://coolify.example.com/x", cause: .timedOut, attempt: 1, maxAttempts: 4,
                    delay: .milliseconds(500))
            ])
    }

    @Test func backoffDoublesUpToMaximumWithEqualJitter() {
        let policy = RetryPolicy(
            maxAttempts: 8, baseDelay: .seconds(1), maxDelay: .seconds(5), maxRetryAfter: .seconds(60))
        #expect((1...5).map { policy.backoff(afterAttempt: $0, jitter: 1) } == [1, 2, 4, 5, 5].map(Duration.seconds))
        #expect(
            (1...3).map { policy.backoff(afterAttempt: $0, jitter: 0) } == [500, 1000, 2000].map(Duration.milliseconds))
    }

    @Test func refusedLoopbackConnectionIsReported() async throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "ok") }
        let url = "\(server.baseURL)/health"
        server.stop()
        let http = HTTPClient(transport: URLSessionTransport(), clock: ManualDeployClock(), retryPolicy: .singleAttempt)

        await #expect(throws: HTTPClientError.connectionFailed(url: url, reason: .refused, attempts: 1)) {
            _ = try await http.send(try request(url))
        }
    }
}

/// Collects the retries an HTTP client reports.
final class RetryLog: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var collected: [HTTPRetry] = []

    func append(_ retry: HTTPRetry) {
        lock.withLock { collected.append(retry) }
    }

    var retries: [HTTPRetry] {
        lock.withLock { collected }
    }
}
