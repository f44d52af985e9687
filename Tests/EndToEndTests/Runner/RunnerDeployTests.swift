import Foundation
import Testing
import VixenTestSupport

/// `deploy` carrying out a plan through a fake Coolify, with the migrations against real PostgreSQL.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct RunnerDeployTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func successfulDeployMovesStateAndRecordsCoolify() throws {
        let fixture = try RunnerFixture(database: true)
        let head = try fixture.change(revisions: ["0002"])

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        #expect(result.status == 0, "\(result.stderr)")
        let output = lines(result.stdout)
        #expect(output.count == 3)
        #expect(output[0].hasPrefix("deploy: --now skips batching (1/5 commits, "))
        #expect(output[1] == "[OPS-042] Deployed v0.1.0 to staging - components: BE, DB")
        #expect(result.stderr.contains("[SM-042] Tests passing: BE\n"))
        #expect(result.stderr.contains("[DB-042] Applied 1 migration to staging\n"))
        #expect(result.stderr.contains("[OPS] deploy-backend (BE): succeeded\n"))
        #expect(result.stderr.contains("[OPS-042] Deployed v0.1.0 to staging - components: BE, DB\n"))
        #expect(result.stderr.contains("[OPS-042] Health checks passing on staging: 1/1\n"))
        #expect(result.stderr.contains("[QA-042] Smoke tests post-deployment: 1/1 passing\n"))
        #expect(
            result.stderr.hasSuffix(
                "[SM-042] Deployment v0.1.0 to staging completed, smoke tests OK\n[SM] report: succeeded\n"))
        #expect(!result.stderr.contains(RunnerFixture.token))

        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == head)
        #expect(try fixture.remoteReference("refs/vixen-gate/lock/staging") == nil)
        let note = try fixture.note("staging", on: head)
        #expect(note.contains("\"coolify_deployments\" : [\n      \"dpl000000000000000000001\"\n    ]"))
        #expect(
            note.contains(
                "\"previous_image_tags\" : {\n      \"\(RunnerFixture.backend)\" : \"\(RunnerFixture.previousImage)\"\n    }"
            ))
        #expect(note.contains("\"result\" : \"succeeded\""))

        let patches = fixture.requests("PATCH", "/api/v1/applications/\(RunnerFixture.backend)")
        #expect(patches.map(\.bodyText) == ["{\"git_commit_sha\":\"\(head)\"}"])
        let deploys = fixture.requests("POST", "/api/v1/deploy")
        #expect(deploys.map { $0.query ?? "" } == ["uuid=\(RunnerFixture.backend)&force=false"])
        #expect(fixture.coolify.application(RunnerFixture.backend)?.gitCommitSHA == head)
        #expect(fixture.migrationLog == ["up 0002"])
        #expect(try fixture.database?.query("SELECT revision FROM applied ORDER BY revision") == ["0001", "0002"])
    }

    @Test func retryAfterIsHonoured() throws {
        let fixture = try RunnerFixture()
        let head = try fixture.change()
        fixture.coolify.script(
            "POST", "/api/v1/deploy",
            responses: [
                .json(429, ["message": "Deployment queue is full."], headers: [("Retry-After", "1")])
            ])

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "note: POST \(fixture.coolify.url)/api/v1/deploy?uuid=\(RunnerFixture.backend)&force=false got "
                    + "HTTP 429 on try 1 of 4; trying again in 1 s\n"))
        #expect(fixture.requests("POST", "/api/v1/deploy").count == 2)
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == head)
    }

    @Test func rejectedTokenFailsWithoutPrintingIt() throws {
        let fixture = try RunnerFixture()
        try fixture.change()
        let wrong = "3|wrong-token-value-Zq81"

        let result = try fixture.run(["deploy", "--target", "staging", "--now"], token: wrong)

        #expect(result.status == 1)
        #expect(result.stderr.contains("[OPS] deploy-backend (BE): failed: "))
        #expect(result.stderr.contains("COOLIFY_TOKEN"))
        #expect(!result.stderr.contains(wrong))
        #expect(!result.stdout.contains(wrong))
        #expect(lines(result.stdout)[1] == "[OPS-042] Rolled back v0.1.0 on staging - components: BE")
        #expect(
            lines(result.stdout)[2]
                == "The step deploy-backend (BE) failed before anything changed an environment, so there was "
                + "nothing to roll back.")
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == fixture.initial)
        #expect(fixture.requests("POST", "/api/v1/deploy").isEmpty)
    }

    @Test func missingSettingStopsBeforeAnyStep() throws {
        let fixture = try RunnerFixture()
        try fixture.change(revisions: ["0002"])

        let result = try fixture.run(["deploy", "--target", "staging", "--now"])

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: The deployment needs settings that .vixen-gate.yml or the environment lacks: "
                + "$STAGING_DATABASE_URL (database.url_env.staging). Nothing was deployed and the state was not "
                + "changed. Set them, or run with --dry-run to see the steps. The settings are read from "
                + ".vixen-gate.yml as the deployed commit \(fixture.initial.prefix(7)) has it, so that a push cannot "
                + "change how it is deployed; settings that the pending changes add count once they are deployed. "
                + "For a first deployment, record the commit that runs now and has the settings with "
                + "'vixen-gate state init'.\n")
        #expect(fixture.coolify.requests.isEmpty)
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == fixture.initial)
        #expect(try fixture.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func dryRunRedactsAndChangesNothing() throws {
        let fixture = try RunnerFixture(database: true)
        try fixture.change(revisions: ["0002"])
        let notes = try fixture.remoteReference("refs/notes/vixen-gate/staging")

        let result = try fixture.run(["deploy", "--target", "staging", "--now", "--dry-run"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains(RunnerFixture.token))
        #expect(!result.stdout.contains(fixture.database?.password ?? "no password"))
        #expect(result.stdout.contains("Authorization: Bearer [redacted: $COOLIFY_TOKEN]\n"))
        #expect(result.stdout.contains("PATCH \(fixture.coolify.url)/api/v1/applications/\(RunnerFixture.backend)\n"))
        #expect(
            result.stdout.contains(
                "POST \(fixture.coolify.url)/api/v1/deploy?uuid=\(RunnerFixture.backend)&force=false\n"))
        #expect(result.stdout.contains("Would run in ./backend: test -f migrate.sh\n"))
        #expect(
            result.stdout.contains(
                "Would run in ./backend with DATABASE_URL from $STAGING_DATABASE_URL (postgresql://"))
        #expect(result.stdout.contains(":***@"))
        #expect(fixture.coolify.requests.isEmpty)
        #expect(fixture.service.requests.isEmpty)
        #expect(fixture.migrationLog.isEmpty)
        #expect(try fixture.remoteReference("refs/notes/vixen-gate/staging") == notes)
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == fixture.initial)
        #expect(try fixture.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func reportLinesInSpanish() throws {
        let fixture = try RunnerFixture()
        try fixture.change()

        let result = try fixture.run(["deploy", "--target", "staging", "--now", "--lang", "es"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stdout)[1] == "[OPS-042] Desplegada la v0.1.0 en staging - componentes: BE")
        #expect(result.stderr.contains("[OPS] deploy-backend (BE): correcto\n"))
        #expect(result.stderr.contains("[QA-042] Pruebas de humo tras el despliegue: 1/1 superadas\n"))
        #expect(
            result.stderr.contains(
                "[SM-042] Despliegue de la v0.1.0 en staging completado, pruebas de humo correctas\n"))
    }

    @Test func planPrintsConfiguredCommands() throws {
        let fixture = try RunnerFixture()
        try fixture.change(revisions: ["0002"])

        let result = try fixture.run(["plan", "--target", "staging", "--base", fixture.initial])

        #expect(result.status == 0, "\(result.stderr)")
        let output = lines(result.stdout)
        #expect(output.contains("     command: cd backend && test -f migrate.sh"))
        #expect(output.contains("     command: cd backend && sh migrate.sh up"))
        #expect(output.contains("     command: POST /api/v1/deploy?uuid=\(RunnerFixture.backend)&force=false"))
        #expect(output.contains("     command: GET \(fixture.service.baseURL)/health expecting 200"))
        #expect(output.contains("     command: POST /api/login"))
        #expect(fixture.coolify.requests.isEmpty)
    }
}
