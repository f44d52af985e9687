import Testing
import VixenConfig
import VixenCore
import VixenDeploy
import VixenRunner

/// The commands `plan` prints, built from `.vixen-gate.yml`.
struct DeployCommandsConfigurationTests {
    @Test func configuredValuesReplaceDefaults() {
        var configuration = RunnerTestFixtures.configuration()
        configuration.checklist.tests = [
            Configuration.TestCommand(component: .backend, command: "pytest -q", directory: "backend")
        ]
        configuration.database.migrate?.workingDirectory = "backend"

        let commands = DeployCommands.configured(configuration, target: .staging)

        #expect(commands.tests[.backend] == "cd backend && pytest -q")
        #expect(commands.tests[.frontend] == "cd frontend && npm test")
        #expect(commands.migrate == "cd backend && alembic upgrade head")
        #expect(commands.backup == #"pg_dump --format=custom "$STAGING_DATABASE_URL" into /backups, keeping 3"#)
        #expect(commands.deploy(.backend) == "POST /api/v1/deploy?uuid=\(RunnerTestFixtures.backendUUID)&force=false")
        #expect(commands.healthCheck == "GET \(RunnerTestFixtures.healthURL) expecting 200")
        #expect(commands.smokeTests[.backend] == "GET /login")
    }

    @Test func hotfixUsesProductionApplications() {
        var configuration = RunnerTestFixtures.configuration()
        configuration.coolify?.applications[.production] = [.backend: "be-production"]

        let commands = DeployCommands.configured(configuration, target: .hotfix)

        #expect(commands.coolifyApplications == [.backend: "be-production"])
        #expect(commands.backup == #"pg_dump --format=custom "$PROD_DATABASE_URL" into /backups, keeping 3"#)
    }

    @Test func emptyConfigurationKeepsDefaults() {
        #expect(DeployCommands.configured(Configuration(), target: .staging) == DeployCommands.defaults)
    }
}
