import Foundation
import Testing
import VixenCoolify
import VixenTestSupport

/// A fake Coolify with two applications and one token per scope, and clients for it over real
/// loopback HTTP with a manual clock.
struct CoolifyFixture {
    static let readToken = "1|readtokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    static let deployToken = "2|deploytokenBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"
    static let writeToken = "3|writetokenCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"
    static let rootToken = "4|roottokenDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD"
    static let backend = "bkd0g8cc0kg44ogkwco8soc4"
    static let frontend = "fnt0g8cc0kg44ogkwco8soc4"

    let server: FakeCoolify
    let clock = ManualDeployClock()

    init() throws {
        server = try FakeCoolify()
        server.addToken(Self.readToken, scopes: ["read"])
        server.addToken(Self.deployToken, scopes: ["deploy"])
        server.addToken(Self.writeToken, scopes: ["write"])
        server.addToken(Self.rootToken, scopes: ["root"])
        server.addApplication(
            FakeApplication(
                uuid: Self.backend, name: "api", fqdn: "https://api.example.com,https://www.api.example.com",
                gitCommitSHA: "HEAD",
                environmentVariables: [
                    FakeEnvironmentVariable(
                        key: "DATABASE_URL", value: "postgres://user:hunter2@db/app", isBuildtime: false),
                    FakeEnvironmentVariable(key: "VITE_API_URL", value: "https://api.example.com", isRuntime: false),
                ],
                imageTags: ["1111111", "2222222"], currentTag: "2222222"))
        server.addApplication(FakeApplication(uuid: Self.frontend, name: "web", status: "running:unknown"))
    }

    /// Returns an HTTP client over URLSession whose retries wait on the manual clock.
    func http(policy: RetryPolicy = .standard, onRetry: (@Sendable (HTTPRetry) -> Void)? = nil) -> HTTPClient {
        HTTPClient(
            transport: URLSessionTransport(), clock: clock, retryPolicy: policy, jitter: { 0.5 }, onRetry: onRetry)
    }

    /// Returns a client that sends `token` in `COOLIFY_TOKEN`, or sets no variable when it is nil.
    func client(token: String? = CoolifyFixture.rootToken, policy: RetryPolicy = .standard) throws -> CoolifyClient {
        let environment = token.map { ["COOLIFY_TOKEN": $0] } ?? [:]
        return CoolifyClient(
            baseURL: try #require(URL(string: server.url)),
            token: CoolifyToken(variable: "COOLIFY_TOKEN", environment: environment), http: http(policy: policy))
    }
}

/// Runs `body` and returns the ``CoolifyError`` it throws, or nil when it returns.
func coolifyError<Value>(_ body: () async throws(CoolifyError) -> Value) async -> CoolifyError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}
