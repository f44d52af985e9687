import Testing
import VixenConfig
import VixenCore

private func parse(_ text: String) throws(ConfigurationError) -> Configuration {
    try Configuration.parse(bytes: Array(text.utf8), source: ".vixen-gate.yml")
}

@Suite struct CoolifyConfigurationTests {
    private static let full = """
        coolify:
          url: https://coolify.example.com/
          token_env: DEPLOY_TOKEN
          request_timeout: 20s
          deploy_timeout: 45m
          poll_interval: 3s
          applications:
            staging: {backend: stg0be, frontend: stg0fe}
            production:
              BE: prd0be
              FE: prd0fe
          rollback_webhook:
            prd0be: {url_env: BE_ROLLBACK_URL}
            prd0fe: https://ci.example.com/hooks/rollback-fe
          health_checks:
            production:
              BE:
                - https://api.example.com/health
                - {url: https://api.example.com/ready, expected_status: 204, body_contains: ok, timeout: 5s}
          health:
            attempts: 4
            retry_delay: 1s
            consecutive_successes: 2
            watch_interval: 20s
            watch_window: {staging: 1m, production: 20m}
          smoke_tests:
            production:
              BE:
                base_url: https://api.example.com
                tests:
                  - name: login
                    method: post
                    path: /api/login
                    headers:
                      Authorization: Bearer ${SMOKE_TOKEN}
                      Content-Type: application/json
                    body: '{"user": "smoke"}'
                    expected_status: 201
                    expected_body: token
                  - {name: report, url: https://reports.example.com/, critical: false, timeout: 30s}
          notify: {url_env: CHAT_WEBHOOK, style: discord}

        """

    @Test func fullSectionIsRead() throws {
        let coolify = try #require(try parse(Self.full).coolify)

        #expect(coolify.url == "https://coolify.example.com")
        #expect(coolify.tokenVariable == "DEPLOY_TOKEN")
        #expect(coolify.requestTimeout == .seconds(20))
        #expect(coolify.deployTimeout == .seconds(45 * 60))
        #expect(coolify.pollInterval == .seconds(3))
        #expect(coolify.applications[.staging] == [.backend: "stg0be", .frontend: "stg0fe"])
        #expect(coolify.application(.frontend, in: .production) == "prd0fe")
        #expect(
            coolify.rollbackWebhooks == [
                "prd0be": .environment("BE_ROLLBACK_URL"),
                "prd0fe": .literal("https://ci.example.com/hooks/rollback-fe"),
            ])
        #expect(coolify.notification == Configuration.Notification(url: .environment("CHAT_WEBHOOK"), style: .discord))
    }

    @Test func healthChecksAndSettingsAreRead() throws {
        let coolify = try #require(try parse(Self.full).coolify)

        #expect(
            coolify.healthChecks[.production]?[.backend] == [
                Configuration.HealthCheck(url: "https://api.example.com/health"),
                Configuration.HealthCheck(
                    url: "https://api.example.com/ready", expectedStatus: 204, bodyContains: "ok", timeout: .seconds(5)),
            ])
        #expect(
            coolify.health
                == Configuration.HealthSettings(
                    attempts: 4, retryDelay: .seconds(1), consecutiveSuccesses: 2, watchInterval: .seconds(20),
                    watchWindows: [.staging: .seconds(60), .production: .seconds(1200)]))
    }

    @Test func smokeTestsAreRead() throws {
        let coolify = try #require(try parse(Self.full).coolify)

        #expect(
            coolify.smokeTests[.production]?[.backend]
                == Configuration.SmokeSuite(
                    baseURL: "https://api.example.com",
                    tests: [
                        Configuration.SmokeTest(
                            name: "login", method: "POST", target: .path("/api/login"),
                            headers: [
                                Configuration.HeaderTemplate(name: "Authorization", value: "Bearer ${SMOKE_TOKEN}"),
                                Configuration.HeaderTemplate(name: "Content-Type", value: "application/json"),
                            ],
                            body: #"{"user": "smoke"}"#, expectedStatus: 201, expectedBody: "token"),
                        Configuration.SmokeTest(
                            name: "report", target: .url("https://reports.example.com/"), critical: false,
                            timeout: .seconds(30)),
                    ]))
    }

    @Test func minimalSectionHasDefaults() throws {
        let coolify = try #require(try parse("coolify:\n  url: http://127.0.0.1:8000\n").coolify)

        #expect(coolify == Configuration.Coolify(url: "http://127.0.0.1:8000"))
        #expect(coolify.tokenVariable == "COOLIFY_TOKEN")
        #expect(coolify.deployTimeout == .seconds(1800))
        #expect(coolify.health.watchWindow(.production) == .seconds(900))
    }

    @Test func nullSectionIsAbsent() throws {
        #expect(try parse("coolify:\n").coolify == nil)
    }

    @Test func headerTemplateExpandsVariables() throws {
        let header = Configuration.HeaderTemplate(name: "Authorization", value: "Bearer ${A}-${B}")
        #expect(try header.expanded(using: ["A": "x", "B": "y"]) == "Bearer x-y")
        #expect(throws: Configuration.HeaderTemplate.MissingVariables(names: ["B"])) {
            _ = try header.expanded(using: ["A": "x"])
        }
    }

    @Test func durationsParseAndFormat() throws {
        #expect(try DurationParser.duration(from: "250ms") == .milliseconds(250))
        #expect(try DurationParser.duration(from: "15 M") == .seconds(900))
        #expect(throws: DurationParser.Failure.invalid) { _ = try DurationParser.duration(from: "30") }
        #expect(throws: DurationParser.Failure.tooLong) {
            _ = try DurationParser.duration(from: "200h", maximum: .seconds(7 * 24 * 3600))
        }
        #expect(
            [Duration.seconds(900), .seconds(90), .milliseconds(1500)].map(DurationParser.text) == [
                "15m", "90s", "1500ms",
            ])
    }
}
