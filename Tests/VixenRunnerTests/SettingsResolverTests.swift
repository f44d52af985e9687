import Foundation
import Testing
import VixenConfig
import VixenCore
import VixenDeploy

@testable import VixenRunner

/// Which settings a plan's running steps need, and how missing ones are named.
struct SettingsResolverTests {
    private func resolve(
        _ plan: DeployPlan, _ configuration: Configuration, environment: [String: String], dryRun: Bool = false
    ) -> SettingsResolver.Resolution {
        SettingsResolver(
            plan: plan, settings: RunnerTestFixtures.settings(configuration, environment: environment), dryRun: dryRun
        ).resolve()
    }

    private func missing(_ resolution: SettingsResolver.Resolution) -> [String]? {
        if case .missing(let keys) = resolution {
            return keys
        }
        return nil
    }

    @Test func namesEveryMissingKey() {
        var configuration = RunnerTestFixtures.configuration()
        configuration.coolify?.applications = [:]
        configuration.coolify?.healthChecks = [:]
        configuration.database.backup.folder = nil
        let plan = RunnerTestFixtures.plan(.production, paths: ["BE/app.py", "DB/versions/0002_a.py"])

        let keys = missing(resolve(plan, configuration, environment: [:]))

        #expect(
            keys == [
                "$COOLIFY_TOKEN (coolify.token_env)", "coolify.applications.production.BE",
                "coolify.health_checks.production", "database.backup.folder",
                "$PROD_DATABASE_URL (database.url_env.production)",
            ])
    }

    @Test func docsOnlyPlanNeedsNothing() {
        let plan = RunnerTestFixtures.plan(.staging, paths: ["DOCS/readme.md"])

        let resolution = resolve(plan, Configuration(), environment: [:])

        #expect(missing(resolution) == nil)
    }

    @Test func dryRunToleratesMissingSecrets() {
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py", "DB/versions/0002_a.py"])

        let resolution = resolve(plan, RunnerTestFixtures.configuration(), environment: [:], dryRun: true)

        guard case .resolved(let settings) = resolution else {
            Issue.record("expected resolved settings, got \(resolution)")
            return
        }
        #expect(settings.database == nil)
        #expect(settings.databaseVariable == "STAGING_DATABASE_URL")
        #expect(settings.applications == [.backend: RunnerTestFixtures.backendUUID])
    }

    @Test func invalidDatabaseURLNamesVariable() {
        let plan = RunnerTestFixtures.plan(.staging, paths: ["BE/app.py", "DB/versions/0002_a.py"])
        var environment = RunnerTestFixtures.environment
        environment["STAGING_DATABASE_URL"] = "mysql://app:hidden-pw@db/app"

        let resolution = resolve(plan, RunnerTestFixtures.configuration(), environment: environment)

        guard case .invalid(let message) = resolution else {
            Issue.record("expected an invalid setting, got \(resolution)")
            return
        }
        #expect(message.english.hasPrefix("$STAGING_DATABASE_URL is not a valid PostgreSQL URL: "))
        #expect(!message.english.contains("hidden-pw"))
        #expect(!message.spanish.contains("hidden-pw"))
    }
}
