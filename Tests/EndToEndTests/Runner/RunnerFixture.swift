import Foundation
import Testing
import VixenTestSupport

/// The team's repository deployed through a fake Coolify: a bare remote, a clone that runs
/// `vixen-gate deploy`, the fake's applications, and a scripted service for the health checks and
/// smoke tests.
///
/// The configuration uses waits of one millisecond, so polls, retries and watch windows pass at once.
/// The migration commands run `migrate.sh` from the repository against the real PostgreSQL server:
/// each revision file in `backend/app/alembic/versions` becomes a table, and every step is written
/// to the file that `MIGRATION_LOG` names.
final class RunnerFixture {
    static let token = "3|runner-test-token-6Yh2"
    static let backend = "be-staging-0001"
    static let frontend = "fe-staging-0001"
    static let productionBackend = "be-production-0001"
    /// The image each application runs before a deployment, which a rollback returns to.
    static let previousImage = "1111111aaaaaaa"

    let coolify: FakeCoolify
    let service: ScriptedEndpoints
    let remote: GitRepository
    let clone: GitRepository
    let initial: String
    let logs: TemporaryDirectory
    let database: TestDatabase?
    /// Production's own database, which the production and hotfix deployments migrate and back up.
    let productionDatabase: TestDatabase?
    let gate: VixenGateBinary

    /// Sets up the repository with `extra` appended to the configuration and records the initial
    /// commit as what staging runs.
    ///
    /// - Parameters:
    ///   - database: True to create staging's and production's databases with revision 0001 applied.
    ///   - testCommand: The backend's test command, run in `backend`.
    ///   - lockTimeToLive: The value of `deploy.lock_ttl`.
    init(
        extra: String = "", database withDatabase: Bool = false, testCommand: String = "test -f migrate.sh",
        lockTimeToLive: String = "30m"
    ) throws {
        coolify = try FakeCoolify()
        service = try ScriptedEndpoints()
        coolify.addToken(Self.token, scopes: ["read", "write", "deploy"])
        for uuid in [Self.backend, Self.frontend, Self.productionBackend] {
            coolify.addApplication(
                FakeApplication(
                    uuid: uuid, name: uuid, fqdn: service.baseURL, gitCommitSHA: Self.previousImage,
                    imageTags: ["0000000", Self.previousImage], currentTag: Self.previousImage))
        }
        service.script("GET", "/health", [.text(200, "ok")])
        service.script("POST", "/api/login", [.json(200, ["token": "t"])])

        logs = try TemporaryDirectory(prefix: "vixen-gate-runner-logs")
        database = withDatabase ? try PostgresServer.createDatabase() : nil
        productionDatabase = withDatabase ? try PostgresServer.createDatabase() : nil
        for created in [database, productionDatabase].compactMap({ $0 }) {
            try created.query(
                "CREATE TABLE applied (revision text PRIMARY KEY); CREATE TABLE rev_0001 (id int); "
                    + "INSERT INTO applied VALUES ('0001')")
        }
        gate = try VixenGateBinary()

        remote = try GitRepository(bare: true)
        clone = try remote.clone()
        for (path, contents) in TeamRepository.files.sorted(by: { $0.key < $1.key }) {
            try clone.write(path, contents)
        }
        try clone.write("backend/migrate.sh", Self.migrateScript)
        try clone.write(
            ".vixen-gate.yml",
            Self.configuration(
                coolify: coolify.url, service: service.baseURL,
                backups: logs.url.appendingPathComponent("backups", isDirectory: true).path, extra: extra,
                testCommand: testCommand, lockTimeToLive: lockTimeToLive))
        initial = try clone.commit("Lay out the backend, frontend and docs")
        try clone.push("origin", ["HEAD:refs/heads/main"])
        let result = try gate.run(
            ["state", "init", "--target", "staging", "--commit", initial, "--sequence", "41"], in: clone.url)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The folder of `database.backup`, inside ``logs``.
    var backups: URL {
        logs.url.appendingPathComponent("backups", isDirectory: true)
    }

    /// The log of the migration script: `up 0002`, `down 0002` and so on, one line each.
    var migrationLog: [String] {
        let text = (try? String(contentsOf: logs.url.appendingPathComponent("migrations.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// Runs `vixen-gate` in the clone with the token, the database URL and the migration log.
    func run(_ arguments: [String], token: String = RunnerFixture.token, extra: [String: String] = [:]) throws
        -> ProcessResult
    {
        var environment = [
            "COOLIFY_TOKEN": token, "MIGRATION_LOG": logs.url.appendingPathComponent("migrations.log").path,
        ]
        if let database {
            environment["STAGING_DATABASE_URL"] = database.urlText
            environment["PROD_DATABASE_URL"] = productionDatabase?.urlText
            let psql = try PostgresServer.tools().psql.deletingLastPathComponent().path
            environment["PATH"] = psql + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        }
        return try gate.run(arguments, in: clone.url, environment: environment.merging(extra) { _, new in new })
    }

    /// Changes the backend and adds the migrations `revisions`, commits and pushes; returns the commit.
    @discardableResult
    func change(revisions: [String] = [], message: String = "feat: list the orders") throws -> String {
        try clone.write(
            "backend/app/main.py",
            TeamRepository.mainModule + "\n\n@app.get(\"/orders\")\ndef orders():\n    return []\n")
        var previous = "0001"
        for revision in revisions {
            try clone.write(
                "backend/app/alembic/versions/\(revision)_step.py",
                TeamRepository.migration(revision: revision, previous: previous))
            previous = revision
        }
        let commit = try clone.commit(message)
        try clone.push("origin", ["HEAD:refs/heads/main"])
        return commit
    }

    /// Returns the remote's value of `reference`, or nil when it does not exist.
    func remoteReference(_ reference: String) throws -> String? {
        let result = try remote.run(["rev-parse", "--verify", "--quiet", reference])
        return result.status == 0 ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// Returns the note `target`'s state keeps on `commit`, fetched from the remote.
    func note(_ target: String, on commit: String) throws -> String {
        try clone.git("fetch", "--quiet", "origin", "+refs/notes/vixen-gate/*:refs/notes/vixen-gate/*")
        return try clone.git("notes", "--ref=refs/notes/vixen-gate/\(target)", "show", commit)
    }

    /// Returns the requests the fake Coolify received for `method` and a path that starts with `prefix`.
    func requests(_ method: String, _ prefix: String) -> [RecordedRequest] {
        coolify.requests.filter { $0.method == method && $0.path.hasPrefix(prefix) }
    }

    private static func configuration(
        coolify: String, service: String, backups: String, extra: String, testCommand: String,
        lockTimeToLive: String
    ) -> String {
        """
        deploy:
          lock_ttl: \(lockTimeToLive)
          staging:
            max_wait: 36500d
          production:
            max_wait: 36500d
            soak: 1s
            windows: [Mon-Sun 00:00-24:00 UTC]
        checklist:
          tests:
            backend: {command: '\(testCommand)', directory: backend}
        database:
          url_env: {staging: STAGING_DATABASE_URL, production: PROD_DATABASE_URL}
          backup: {folder: \(backups), keep: 2}
          migrate:
            up_command: sh migrate.sh up
            down_command: sh migrate.sh down
            working_directory: backend
        coolify:
          url: \(coolify)
          poll_interval: 1ms
          applications:
            staging: {BE: \(Self.backend), FE: \(Self.frontend)}
            production: {BE: \(Self.productionBackend)}
          health_checks:
            staging:
              BE: [{url: \(service)/health, body_contains: ok}]
            production:
              BE: [{url: \(service)/health, body_contains: ok}]
          health: {attempts: 2, retry_delay: 1ms, consecutive_successes: 1, watch_interval: 1ms,
                   watch_window: {staging: 1ms, production: 1ms}}
          smoke_tests:
            staging:
              BE:
                tests:
                  - {name: login, method: POST, path: /api/login}
            production:
              BE:
                tests:
                  - {name: login, method: POST, path: /api/login}
        \(extra)
        """
    }

    /// Applies each revision file not yet in the table `applied`, or undoes the newest applied one.
    static let migrateScript = """
        #!/bin/sh
        set -e
        case "$1" in
        up)
          for file in $(ls app/alembic/versions/*.py | sort); do
            revision=$(basename "$file" | cut -d_ -f1)
            if [ -z "$(psql -X -A -t -v ON_ERROR_STOP=1 -c "SELECT 1 FROM applied WHERE revision = '$revision'")" ]; then
              psql -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE rev_$revision (id int); INSERT INTO applied VALUES ('$revision')"
              echo "up $revision" >> "$MIGRATION_LOG"
            fi
          done
          ;;
        down)
          revision=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "SELECT max(revision) FROM applied")
          psql -X -q -v ON_ERROR_STOP=1 -c "DROP TABLE rev_$revision; DELETE FROM applied WHERE revision = '$revision'"
          echo "down $revision" >> "$MIGRATION_LOG"
          ;;
        esac

        """
}
