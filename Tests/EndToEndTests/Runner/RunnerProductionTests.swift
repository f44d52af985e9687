import Foundation
import Testing
import VixenTestSupport

/// Production and hotfix deployments through the fake Coolify: the staging soak and health gate,
/// the backup before migrations, and a hotfix's rollback plan.
@Suite(.enabled(if: PostgresServer.testsEnabled, Comment(rawValue: PostgresServer.skipReason)))
struct RunnerProductionTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Records the initial commit as production's, deploys `head` to staging and waits out the
    /// one-second soak that the fixture configures.
    private func stage(_ fixture: RunnerFixture, head: String) throws {
        let initialized = try fixture.run(
            ["state", "init", "--target", "production", "--commit", fixture.initial, "--sequence", "9"])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let staged = try fixture.run(["deploy", "--target", "staging", "--now"])
        #expect(staged.status == 0, "\(staged.stderr)")
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/staging") == head)
        Thread.sleep(forTimeInterval: 1.5)
    }

    @Test func productionBacksUpThenMigrates() throws {
        let fixture = try RunnerFixture(database: true)
        let head = try fixture.change(revisions: ["0002"])
        try stage(fixture, head: head)
        let database = try #require(fixture.productionDatabase)
        try FileManager.default.createDirectory(at: fixture.backups, withIntermediateDirectories: true)
        let oldest = "\(database.name)-20200101T000000.000Z.dump"
        let older = "\(database.name)-20200102T000000.000Z.dump"
        for name in [oldest, older] {
            try Data("old".utf8).write(to: fixture.backups.appendingPathComponent(name))
        }

        let result = try fixture.run(["deploy", "--target", "production", "--now"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stdout)[1] == "[OPS-010] Deployed v0.1.0 to production - components: BE, DB")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.backups.path).sorted()
        #expect(names.count == 2)
        #expect(names.first == older)
        let newest = try #require(names.last)
        #expect(newest.hasPrefix("\(database.name)-"))
        let dump = try Data(contentsOf: fixture.backups.appendingPathComponent(newest))
        #expect(dump.prefix(5) == Data("PGDMP".utf8))
        let listed = try ProcessRunner.run(
            try PostgresServer.tools().pgRestore.path, ["--list", fixture.backups.appendingPathComponent(newest).path],
            in: fixture.logs.url, environment: [:], timeout: 30)
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("TABLE public applied"))
        #expect(
            result.stderr.contains("[DB-010] Backed up the production database to \(fixture.backups.path)/\(newest) ("))
        #expect(result.stderr.contains(", 1 older backup removed)\n"))
        let backupLine = try #require(lines(result.stderr).firstIndex { $0.hasPrefix("[DB] backup-database") })
        let migrateLine = try #require(lines(result.stderr).firstIndex { $0.hasPrefix("[DB] apply-migrations") })
        #expect(backupLine < migrateLine)
        #expect(try database.query("SELECT revision FROM applied ORDER BY revision") == ["0001", "0002"])
        #expect(result.stderr.contains("[OPS-010] Watched production for 1ms: health checks kept passing\n"))
        #expect(result.stderr.contains("[SM-010] Deployment v0.1.0 to production completed, monitoring OK\n"))
        #expect(fixture.coolify.application(RunnerFixture.productionBackend)?.gitCommitSHA == head)
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/production") == head)
    }

    @Test func unhealthyStagingRefusesProduction() throws {
        let fixture = try RunnerFixture()
        let head = try fixture.change()
        try stage(fixture, head: head)
        fixture.service.script("GET", "/health", [.text(500, "down")])

        let result = try fixture.run(["deploy", "--target", "production", "--now"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            lines(result.stdout).first
                == "refused: staging's health checks fail now: Health check \(fixture.service.baseURL)/health failed "
                + "after 2 requests: expected status 200, got 500")
        #expect(fixture.requests("PATCH", "/api/v1/applications/\(RunnerFixture.productionBackend)").isEmpty)
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/production") == fixture.initial)
        #expect(try fixture.remoteReference("refs/vixen-gate/lock/production") == nil)
    }

    @Test func hotfixDeploysStraightToProduction() throws {
        let fixture = try RunnerFixture()
        let initialized = try fixture.run(
            ["state", "init", "--target", "production", "--commit", fixture.initial, "--sequence", "9"])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let head = try fixture.change(message: "fix: stop the crash on empty orders")

        let result = try fixture.run(["deploy", "--target", "hotfix", "--severity", "critical"])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stdout)[1] == "[OPS-010] Deployed v0.1.0 to production - components: BE")
        #expect(result.stderr.contains("[SM] confirm-critical-severity: succeeded\n"))
        #expect(result.stderr.contains("[QA-010] Tests passing: BE\n"))
        #expect(result.stderr.contains("[OPS] prepare-rollback: succeeded\n"))
        #expect(result.stderr.contains("[OPS] watch-metrics: succeeded\n"))
        let reads = fixture.requests("GET", "/api/v1/applications/\(RunnerFixture.productionBackend)/rollback-images")
        #expect(reads.count == 1)
        #expect(fixture.requests("PATCH", "/api/v1/applications/\(RunnerFixture.backend)").isEmpty)
        #expect(try fixture.remoteReference("refs/vixen-gate/deployed/production") == head)
        let note = try fixture.note("production", on: head)
        #expect(
            note.contains(
                "\"previous_image_tags\" : {\n      \"\(RunnerFixture.productionBackend)\" : "
                    + "\"\(RunnerFixture.previousImage)\"\n    }"))
    }
}
