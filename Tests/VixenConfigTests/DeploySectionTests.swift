import Testing
import VixenConfig
import VixenCore

/// The `deploy` section of `.vixen-gate.yml`.
@Suite struct DeploySectionTests {
    private func parse(_ text: String) throws(ConfigurationError) -> Configuration.Deploy {
        try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml").deploy
    }

    private func error(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func absentSectionLeavesEveryValueToDefaults() throws {
        let deploy = try parse("limits:\n  rename_limit: 10\n")

        #expect(deploy == Configuration.Deploy.default)
        #expect(deploy.remote == nil)
        #expect(deploy.windows == nil)
    }

    @Test func everySetting() throws {
        let deploy = try parse(
            """
            deploy:
              remote: upstream
              lock_ttl: 45m
              staging:
                batch_commits: 3
                batch_lines: 120
                max_wait: 1h30m
              production:
                batch_commits: 1
                max_wait: 2d
                soak: 36h
                windows:
                  - Mon-Thu 09:00-16:00 Europe/Madrid
                  - "Fri 09:00-12:00 Europe/Madrid"
            """)

        #expect(deploy.remote == "upstream")
        #expect(deploy.lockTimeToLive == 2700)
        #expect(deploy.staging == Configuration.Deploy.Batch(commits: 3, lines: 120, maxWait: 5400))
        #expect(deploy.production == Configuration.Deploy.Batch(commits: 1, lines: nil, maxWait: 172_800))
        #expect(deploy.soak == 129_600)
        #expect(deploy.windows?.map(\.value) == ["Mon-Thu 09:00-16:00 Europe/Madrid", "Fri 09:00-12:00 Europe/Madrid"])
        #expect(deploy.windows?.map(\.position) == [".vixen-gate.yml:13:9", ".vixen-gate.yml:14:9"])
    }

    @Test func singleWindow() throws {
        let deploy = try parse("deploy:\n  production:\n    windows: Mon 08:00-10:00 UTC\n")

        #expect(deploy.windows?.map(\.value) == ["Mon 08:00-10:00 UTC"])
    }

    @Test func invalidDuration() {
        let found = error("deploy:\n  staging:\n    max_wait: 24\n")

        #expect(found?.line == 3)
        #expect(found?.column == 15)
        #expect(
            found?.message.english
                == "deploy.staging.max_wait must be a duration such as 24h: whole numbers with s, m, h or d, which may "
                + "be combined as 1h30m. \"24\" is not one.")
    }

    @Test func zeroCountIsRejected() {
        let found = error("deploy:\n  staging:\n    batch_commits: 0\n")

        #expect(found?.line == 3)
        #expect(
            found?.message
                == Catalog.configNotPositive(path: "deploy.staging.batch_commits", value: "0", defaultValue: "5"))
    }

    @Test func quotedCountIsRejected() {
        let found = error("deploy:\n  production:\n    batch_lines: \"200\"\n")

        #expect(found?.message == Catalog.configQuotedNumber(path: "deploy.production.batch_lines", value: "200"))
    }

    @Test func soakBelongsToProduction() {
        let found = error("deploy:\n  staging:\n    soak: 24h\n")

        #expect(found?.line == 3)
        #expect(
            found?.message
                == Catalog.configUnknownKey(
                    key: "soak", section: "deploy.staging", known: ["batch_commits", "batch_lines", "max_wait"],
                    suggestion: nil))
    }

    @Test func unknownDeployKeySuggestsClosest() {
        let found = error("deploy:\n  lock_tl: 30m\n")

        #expect(
            found?.message
                == Catalog.configUnknownKey(
                    key: "lock_tl", section: "deploy", known: ["remote", "lock_ttl", "staging", "production"],
                    suggestion: "lock_ttl"))
    }

    @Test func emptyWindowListIsRejected() {
        let found = error("deploy:\n  production:\n    windows: []\n")

        #expect(found?.message == Catalog.configNoDeployWindows(path: "deploy.production.windows"))
    }

    @Test func invalidWindowIsRejectedWhereWritten() {
        let found = error("deploy:\n  production:\n    windows: [\"Mondays 9-5 Madrid\"]\n")

        #expect(found?.line == 3)
        #expect(found?.column == 15)
        #expect(
            found?.message.english
                == "invalid deployment window: \"Mondays\" is not a list of days. Use Mon, Tue, Wed, Thu, Fri, Sat "
                + "and Sun, ranges such as Mon-Thu, and commas between them.")
    }

    @Test func windowInUnknownTimeZoneIsRejected() {
        let found = error("deploy:\n  production:\n    windows:\n      - Mon-Thu 09:00-16:00 Europe/Atlantis\n")

        #expect(found?.line == 4)
        #expect(found?.column == 9)
        #expect(found?.message == Catalog.deployInvalidWindow(Catalog.deployWindowUnknownTimeZone("Europe/Atlantis")))
    }

    @Test func emptyRemoteIsRejected() {
        let found = error("deploy:\n  remote: \"\"\n")

        #expect(found?.message == Catalog.configMissingValue(path: "deploy.remote", example: "origin"))
    }

    static let durationCases: [(String, Int)] = [
        ("30m", 1800), ("24h", 86400), ("1h30m", 5400), ("2d", 172_800), ("90s", 90), ("1h 30m", 5400),
        ("1d1d", 172_800), ("1H", 3600), ("2000ms", 2),
    ]

    @Test(arguments: durationCases)
    func durations(text: String, seconds: Int) {
        #expect(DurationParser.seconds(from: text) == seconds)
    }

    @Test(arguments: ["", "24", "h", "1.5h", "-1h", "1w", "1h30", "9999999999999d", "1500ms"])
    func invalidDurations(text: String) {
        #expect(DurationParser.seconds(from: text) == nil)
    }
}
