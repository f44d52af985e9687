import Foundation
import Testing
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenRunner

/// Staging's health as the cost rules read it before a production deployment.
struct CoolifyHealthProbeTests {
    private func probe(_ coolify: Configuration.Coolify?, transport: RouteTransport) -> CoolifyHealthProbe {
        CoolifyHealthProbe(
            configuration: coolify, http: HTTPClient(transport: transport, clock: InstantClock()), language: .english)
    }

    @Test func passesWhenChecksPass() {
        let transport = RouteTransport()
        transport.script("GET", "/health", [HTTPResponse(status: 200, body: Data("ok".utf8))])

        let status = probe(RunnerTestFixtures.configuration().coolify, transport: transport).health(of: .staging)

        #expect(status == .passing)
        #expect(transport.routesRequested == ["GET /health"])
    }

    @Test func failsWithCheckDetail() {
        let transport = RouteTransport()
        transport.script("GET", "/health", [HTTPResponse(status: 503)])

        let status = probe(RunnerTestFixtures.configuration().coolify, transport: transport).health(of: .staging)

        #expect(
            status
                == .failing(
                    "Health check \(RunnerTestFixtures.healthURL) failed after 2 requests: expected status 200, got 503"
                ))
    }

    @Test func unavailableWithoutChecks() {
        var coolify = RunnerTestFixtures.configuration().coolify
        coolify?.healthChecks = [:]

        let status = probe(coolify, transport: RouteTransport()).health(of: .staging)

        #expect(status == .unavailable(Catalog.runnerHealthProbeNoChecks(environment: "staging")))
        #expect(
            Catalog.runnerHealthProbeNoChecks(environment: "staging").spanish
                == "staging no tiene chequeos de salud, así que no se puede comprobar su salud; añádalos en "
                + "coolify.health_checks.staging")
    }
}
