import Foundation
import Testing
import VixenTestSupport

/// `deploy`, `status` and `state init` run as a user runs them, on two clones of one bare remote.
struct DeployTests {
    /// The team's repository pushed to a bare remote, and a second clone made after the push.
    ///
    /// `.vixen-gate.yml` sets a maximum wait of 100 years, because the fixture's commits are dated
    /// in 2024 and would otherwise have waited long enough to deploy at once.
    struct Shared {
        static let configuration = """
            deploy:
              staging:
                max_wait: 36500d

            """

        let remote: GitRepository
        let first: GitRepository
        let second: GitRepository
        let initial: String

        init() throws {
            remote = try GitRepository(bare: true)
            first = try remote.clone()
            for (path, contents) in TeamRepository.files.sorted(by: { $0.key < $1.key }) {
                try first.write(path, contents)
            }
            try first.write(".vixen-gate.yml", Self.configuration)
            initial = try first.commit("Lay out the backend, frontend and docs")
            try first.push("origin", ["HEAD:refs/heads/main"])
            second = try remote.clone()
        }

        /// Commits a change of the backend in `clone` and pushes it.
        @discardableResult
        func changeBackend(in clone: GitRepository, message: String = "feat: list the orders") throws -> String {
            try clone.write(
                "backend/app/main.py",
                TeamRepository.mainModule + "\n\n@app.get(\"/orders\")\ndef orders():\n    return []\n")
            let commit = try clone.commit(message)
            try clone.push("origin", ["HEAD:refs/heads/main"])
            return commit
        }

        /// Brings `clone`'s work tree up to the remote's `main`, as a runner's checkout does.
        func pull(_ clone: GitRepository) throws {
            try clone.git("pull", "--quiet", "--ff-only", "origin", "main")
        }

        /// Returns the remote's value of `reference`, or nil when it does not exist.
        func remoteReference(_ reference: String) throws -> String? {
            let result = try remote.run(["rev-parse", "--verify", "--quiet", reference])
            return result.status == 0 ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        }

        /// Records the initial commit as what staging runs, from the first clone.
        func initializeStaging(_ gate: VixenGateBinary) throws {
            let result = try gate.run(
                ["state", "init", "--target", "staging", "--commit", initial, "--sequence", "41"], in: first.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func json(_ result: ProcessResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any], "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    }

    // MARK: state init and status

    @Test func stateInitRecordsAndPushes() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()

        let result = try gate.run(
            ["state", "init", "--target", "staging", "--commit", shared.initial, "--sequence", "41"],
            in: shared.first.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            lines(result.stdout) == [
                "[OPS-041] Recorded v0.1.0 at \(shared.initial.prefix(7)) as deployed to staging",
                "Recorded in refs/vixen-gate/deployed/staging and pushed to origin.", "",
            ])
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/staging") == shared.initial)
        #expect(try shared.remoteReference("refs/notes/vixen-gate/staging") != nil)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func stateInitTwiceIsRejected() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)

        let result = try gate.run(["state", "init", "--target", "staging", "--commit", "HEAD"], in: shared.second.url)

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: refs/vixen-gate/deployed/staging already records \(shared.initial), so state "
                + "init changed nothing. Deployments move it from now on; to record another commit by hand, delete "
                + "it first with git update-ref -d refs/vixen-gate/deployed/staging and, on the remote, git push "
                + "origin :refs/vixen-gate/deployed/staging.\n")
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func statusFromOtherClone() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        let head = try shared.changeBackend(in: shared.first)
        try shared.pull(shared.second)

        let result = try gate.run(["status"], in: shared.second.url)

        #expect(result.status == 0)
        let output = lines(result.stdout)
        #expect(output.count == 7)
        #expect(output.first == "staging")
        #expect(output[1].hasPrefix("  deployed: \(shared.initial.prefix(7)) v0.1.0 #041 at "))
        #expect(output[1].hasSuffix(" UTC, succeeded"))
        #expect(output[2] == "  pending up to \(head.prefix(7)): 1 commit (1 deployable), 5 lines (BE)")
        #expect(output[3] == "production")
        #expect(
            output[4]
                == "  deployed: nothing recorded in refs/vixen-gate/deployed/production. Record the commit that runs "
                + "there with vixen-gate state init --target production --commit <commit>")
        #expect(output[5] == "State fetched from origin.")
    }

    @Test func statusJSONInSpanishKeepsEnglishKeys() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)

        let result = try gate.run(
            ["status", "--target", "staging", "--format", "json", "--lang", "es"], in: shared.second.url)

        #expect(result.status == 0)
        let status = try json(result)
        #expect(status["source"] as? String == "fetched")
        #expect(status["remote"] as? String == "origin")
        #expect(status["language"] as? String == "es")
        let targets = try #require(status["targets"] as? [[String: Any]])
        #expect(targets.count == 1)
        let deployed = try #require(targets.first?["deployed"] as? [String: Any])
        #expect(deployed["commit"] as? String == shared.initial)
        #expect(deployed["sequence"] as? Int == 41)
        #expect(deployed["result"] as? String == "succeeded")
        #expect(deployed["source"] as? String == "state-init")
        let pending = try #require(targets.first?["pending"] as? [String: Any])
        #expect(pending["commits"] as? Int == 0)
        #expect(targets.first?["lock"] is NSNull)
    }

    // MARK: deploy decisions

    @Test func deployWithoutRecordRefusesWithHint() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()

        let result = try gate.run(["deploy", "--target", "production"], in: shared.first.url)

        #expect(result.status == 0)
        #expect(
            result.stdout
                == "refused: no deployment to production is recorded (refs/vixen-gate/deployed/production does not "
                + "exist). Record the commit that runs there now with: vixen-gate state init --target production "
                + "--commit <commit>\n")
        #expect(try shared.remoteReference("refs/vixen-gate/lock/production") == nil)
    }

    @Test func deferralExitsZeroAndRecordsIt() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        let head = try shared.changeBackend(in: shared.first)

        let result = try gate.run(["deploy", "--target", "staging"], in: shared.first.url)

        #expect(result.status == 0)
        #expect(result.stderr == "")
        let output = lines(result.stdout)
        #expect(output.count == 3)
        #expect(output[0].hasPrefix("deferred: 1/5 commits, 5/200 lines, oldest "))
        #expect(output[0].hasSuffix(" d of 36500 d"))
        #expect(output[1].hasPrefix("[OPS-042] Deferred v0.1.0 to staging - 1/5 commits, 5/200 lines, oldest "))
        try shared.second.git("fetch", "--quiet", "origin", "+refs/notes/vixen-gate/*:refs/notes/vixen-gate/*")
        let note = try shared.second.git("notes", "--ref=refs/notes/vixen-gate/staging", "show", shared.initial)
        #expect(note.contains("\"deferrals\" : [\n    {\n      \"commits\" : [\n        \"\(head)\"\n      ],"))
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/staging") == shared.initial)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func deferralInJSON() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        try shared.changeBackend(in: shared.first)
        try shared.pull(shared.second)

        let result = try gate.run(["deploy", "--target", "staging", "--format", "json"], in: shared.second.url)

        #expect(result.status == 0)
        let decision = try json(result)
        #expect(decision["decision"] as? String == "defer")
        let reason = try #require(decision["reason"] as? [String: Any])
        #expect(reason["code"] as? String == "below-thresholds")
        let figures = try #require(decision["figures"] as? [String: Any])
        #expect(figures["commits"] as? Int == 1)
        #expect(figures["commit_threshold"] as? Int == 5)
        #expect(figures["lines"] as? Int == 5)
        #expect(figures["line_threshold"] as? Int == 200)
        #expect(figures["max_wait_seconds"] as? Int == 36500 * 86400)
        #expect(decision["sequence"] as? Int == 42)
        #expect(decision["deployed_commit"] as? String == shared.initial)
    }

    @Test func blockingGateIsRefused() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        try shared.first.write("backend/.env", "DATABASE_URL=postgresql://app@db/app\n")
        let head = try shared.first.commit("chore: add the environment")
        try shared.first.push("origin", ["HEAD:refs/heads/main"])

        let result = try gate.run(["deploy", "--target", "staging", "--now"], in: shared.first.url)

        #expect(result.status == 0)
        #expect(
            lines(result.stdout).first
                == "refused: the gate blocks the pending range because of secret.env-file. Run vixen-gate check "
                + "--base \(shared.initial.prefix(7)) --head \(head.prefix(7)) to see the findings.")
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/staging") == shared.initial)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func dryRunListsStepsAndChangesNothing() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        try shared.changeBackend(in: shared.first)
        let notes = try shared.remoteReference("refs/notes/vixen-gate/staging")

        let result = try gate.run(["deploy", "--target", "staging", "--now", "--dry-run"], in: shared.first.url)

        #expect(result.status == 0)
        let output = lines(result.stdout)
        #expect(output[0].hasPrefix("deploy: --now skips batching (1/5 commits, 5/200 lines, oldest "))
        #expect(output[1] == "[OPS-042] Would deploy v0.1.0 to staging - components: BE")
        #expect(output[2] == "Steps it would run (dry run, nothing was changed):")
        #expect(output[3] == "  1. [SM] Check that the BE tests pass (run-backend-tests)")
        #expect(output[4] == "     command: cd backend && pytest")
        #expect(output.contains("  3. [OPS] Deploy BE to staging through Coolify (deploy-backend)"))
        #expect(try shared.remoteReference("refs/notes/vixen-gate/staging") == notes)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func deploymentWithoutCoolifyExitsTwo() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        try shared.changeBackend(in: shared.first)

        let result = try gate.run(["deploy", "--target", "staging", "--now"], in: shared.first.url)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: The deployment needs settings that .vixen-gate.yml or the environment lacks: "
                + "coolify.url. Nothing was deployed and the state was not changed. Set them, or run with --dry-run "
                + "to see the steps. The settings are read from .vixen-gate.yml as the deployed commit "
                + "\(shared.initial.prefix(7)) has it, so that a push cannot change how it is deployed; settings "
                + "that the pending changes add count once they are deployed. For a first deployment, record the "
                + "commit that runs now and has the settings with 'vixen-gate state init'.\n")
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/staging") == shared.initial)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func repositoryWithoutRemoteSaysSo() throws {
        let repository = try TeamRepository.make()
        let gate = try VixenGateBinary()

        let result = try gate.run(["state", "init", "--target", "production", "--commit", "HEAD"], in: repository.url)

        #expect(result.status == 0)
        #expect(
            result.stderr
                == "warning: this repository has no remote named origin, so the deploy state stays in this "
                + "repository only. Set deploy.remote to share it.\n")
        #expect(lines(result.stdout).last(where: { !$0.isEmpty }) == "Recorded in refs/vixen-gate/deployed/production.")
        #expect(try repository.revParse("refs/vixen-gate/deployed/production") == (try repository.head()))
    }

    // MARK: locks

    @Test func staleLockIsTakenOverWithWarning() throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        try shared.changeBackend(in: shared.first)
        let owner = """
            {"host": "old-runner", "pid": 99, "ci_job_url": "https://ci.example.com/jobs/1", "command": "deploy",
             "time": "2024-01-01T00:00:00Z"}
            """
        let tree = try shared.first.git(["mktree"], stdin: "")
        let lock = try shared.first.git(["commit-tree", tree, "-m", "vixen-gate lock for staging", "-m", owner])
        try shared.first.push("origin", ["\(lock):refs/vixen-gate/lock/staging"])
        try shared.pull(shared.second)

        let result = try gate.run(["deploy", "--target", "staging"], in: shared.second.url)

        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("warning: took over refs/vixen-gate/lock/staging, which old-runner (pid 99, "))
        #expect(
            result.stderr.hasSuffix(
                " ago for deploy and never released; check that its run really stopped.\n"))
        #expect(lines(result.stdout).first?.hasPrefix("deferred: 1/5 commits") == true)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func concurrentRunnerIsRejected() async throws {
        let shared = try Shared()
        let gate = try VixenGateBinary()
        try shared.initializeStaging(gate)
        try shared.changeBackend(in: shared.first)
        let signals = try TemporaryDirectory(prefix: "vixen-gate-lock-signals")
        try LockHook.install(in: shared.remote, signals: signals.url)

        // The first runner pushes its lock, and the remote's hook holds that push until the test
        // releases it, so the lock stays on the remote while the second runner starts. The first
        // runner waits for the second, so it gets a longer timeout than one run needs.
        let firstClone = shared.first.url
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": gate.home.path,
        ]
        let holder = Task.detached {
            try ProcessRunner.run(
                gate.executable.path, ["deploy", "--target", "staging"], in: firstClone, environment: environment,
                timeout: 12 * VixenGateBinary.timeout)
        }
        do {
            try LockHook.waitForLock(signals: signals.url)
        } catch {
            try LockHook.release(signals: signals.url)
            Issue.record("the first runner never pushed its lock: \(try await holder.value)")
            return
        }
        let rejected = try gate.run(["deploy", "--target", "staging"], in: shared.second.url)
        try LockHook.release(signals: signals.url)
        let first = try await holder.value

        #expect(rejected.status == 2)
        #expect(rejected.stdout == "")
        #expect(rejected.stderr.hasPrefix("vixen-gate: error: Another runner holds refs/vixen-gate/lock/staging: "))
        #expect(rejected.stderr.contains(", running deploy, took it "))
        #expect(
            rejected.stderr.hasSuffix(
                " ago. Wait for it to finish; the next run takes over a lock older than deploy.lock_ttl.\n"))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(lines(first.stdout).first?.hasPrefix("deferred: 1/5 commits") == true)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }
}

/// A `post-receive` hook for a bare remote that holds the first push of a lock until the test
/// creates a `release` file, and marks with a `taken` file that the lock is on the remote.
enum LockHook {
    /// The maximum time the hook and the test wait for each other, in tenths of a second: long
    /// enough for a runner that shares a loaded machine with the whole suite.
    static let waitLimit = 3000

    static func install(in remote: GitRepository, signals: URL) throws {
        let hook = remote.url.appendingPathComponent("hooks/post-receive")
        let script = """
            #!/bin/sh
            while read old new ref; do
              case "$ref" in
                refs/vixen-gate/lock/*)
                  if [ "$new" != "0000000000000000000000000000000000000000" ] && [ ! -e "\(signals.path)/taken" ]; then
                    touch "\(signals.path)/taken"
                    i=0
                    while [ ! -e "\(signals.path)/release" ] && [ $i -lt \(waitLimit) ]; do
                      sleep 0.1
                      i=$((i + 1))
                    done
                  fi
                  ;;
              esac
            done

            """
        try Data(script.utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
    }

    /// Waits until the hook has seen the first lock, or throws when it never comes.
    static func waitForLock(signals: URL) throws {
        let taken = signals.appendingPathComponent("taken").path
        for _ in 0..<waitLimit where !FileManager.default.fileExists(atPath: taken) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        guard FileManager.default.fileExists(atPath: taken) else {
            throw LockHookError.lockNeverPushed
        }
    }

    static func release(signals: URL) throws {
        try Data().write(to: signals.appendingPathComponent("release"))
    }
}

enum LockHookError: Error {
    /// The first runner never pushed its lock, so the second runner could not meet it.
    case lockNeverPushed
}
