import Foundation
import Testing
import VixenConfig
import VixenCore
import VixenDeploy

@testable import VixenCLI

/// The cost rules that the `deploy` section of `.vixen-gate.yml` sets, over the defaults.
struct CostPolicyConfigurationTests {
    private func policy(_ text: String) throws -> CostPolicy {
        let configuration = try VixenConfigFixture.parse(text)
        return try CostPolicy.configured(configuration.deploy)
    }

    @Test func defaultsWithoutSection() throws {
        #expect(try policy("") == CostPolicy.defaults)
        #expect(CostPolicy.defaults.staging == CostPolicy.Batch(commits: 5, lines: 200, maxWait: 86400))
        #expect(CostPolicy.defaults.soak == 86400)
        #expect(CostPolicy.defaults.lockTimeToLive == 1800)
        #expect(CostPolicy.defaults.windows.map(\.description) == ["Mon-Thu 09:00-16:00 Europe/Madrid"])
    }

    @Test func settingsReplaceDefaultsOneByOne() throws {
        let configured = try policy(
            """
            deploy:
              lock_ttl: 10m
              staging:
                batch_lines: 50
              production:
                soak: 12h
                windows: Tue,Thu 10:00-12:00 UTC
            """)

        #expect(configured.staging == CostPolicy.Batch(commits: 5, lines: 50, maxWait: 86400))
        #expect(configured.production == CostPolicy.Batch.standard)
        #expect(configured.soak == 43200)
        #expect(configured.lockTimeToLive == 600)
        #expect(configured.windows.map(\.description) == ["Tue,Thu 10:00-12:00 UTC"])
    }

    @Test func invalidWindowNamesItsPosition() throws {
        // The configuration parser rejects such a window first, so it is built here by hand.
        let window = Configuration.Located("Mon 18:00-09:00 UTC", source: ".vixen-gate.yml", line: 3, column: 15)
        let settings = Configuration.Deploy(windows: [window])

        let error = try #require(throws: RunFailure.self) {
            try CostPolicy.configured(settings)
        }

        #expect(
            error.text(.english)
                == ".vixen-gate.yml:3:15: invalid deployment window: \"18:00-09:00\" is not a span of hours. Write "
                + "HH:MM-HH:MM in 24-hour time with the end after the start, such as 09:00-16:00; 24:00 ends at midnight."
        )
    }
}
