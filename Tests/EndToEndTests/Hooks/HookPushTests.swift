import Foundation
import Testing
import VixenTestSupport

/// Real `git push` into a bare repository with the pre-push hook that `vixen-gate hook install`
/// wrote: which commits each kind of pushed ref brings, and what the hook prints about them.
@Suite struct HookPushTests {
    private typealias Fixture = HookFixture

    @Test func newBranchChecksItsNewCommits() throws {
        let fixture = try Fixture()
        try fixture.work.checkout("feature", createBranch: true)
        try fixture.work.write("app.py", "print('hola')\n")
        try fixture.work.commit("Add the app")
        try fixture.work.write("app.py", "print('adiós')\n")
        let head = try fixture.work.commit("Say goodbye")

        let result = try fixture.push(["origin", "feature"])

        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr) == [
                "vixen-gate: checking the push to origin (\(fixture.origin.fileURL))",
                "  refs/heads/feature: 2 new commits in \(Fixture.short(fixture.base))..\(Fixture.short(head))",
            ])
        #expect(result.stderr.contains("\nRange \(Fixture.short(fixture.base))..\(Fixture.short(head)): 2 commits\n"))
        #expect(result.stderr.contains("\npassed: 0 errors, 0 warnings, 0 info\n"))
        #expect(fixture.originCommit("refs/heads/feature") == head)
    }

    @Test func newBranchWithoutNewCommitsSaysSo() throws {
        let fixture = try Fixture()

        let result = try fixture.push(["origin", "main:refs/heads/copy"])

        #expect(result.status == 0)
        let span = Fixture.short(fixture.base) + ".." + Fixture.short(fixture.base)
        #expect(
            hookSummary(result.stderr) == [
                "vixen-gate: checking the push to origin (\(fixture.origin.fileURL))",
                "  refs/heads/copy: 0 new commits in \(span)",
                "No new commits to check; nothing blocks.",
            ])
        #expect(fixture.originCommit("refs/heads/copy") == fixture.base)
    }

    @Test func updateChecksCommitsAfterRemoteCommit() throws {
        let fixture = try Fixture()
        try fixture.work.write("app.py", "print('hola')\n")
        let head = try fixture.work.commit("Add the app")

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr).last
                == "  refs/heads/main: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(head))")
    }

    @Test func forcePushChecksRewrittenCommits() throws {
        let fixture = try Fixture()
        try fixture.work.write("app.py", "print('hola')\n")
        let first = try fixture.work.commit("Add the app")
        try requireSuccess(try fixture.push(["origin", "main"]))
        try fixture.work.git("reset", "--hard", "--quiet", fixture.base)
        try fixture.work.write("app.py", "print('hello')\n")
        let rewritten = try fixture.work.commit("Add the app in English")

        let result = try fixture.push(["--force", "origin", "main"])

        #expect(result.status == 0)
        // The range runs from the merge-base of the old and new commits, so only the rewritten
        // commit is new.
        #expect(
            hookSummary(result.stderr).last
                == "  refs/heads/main: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(rewritten))")
        #expect(fixture.originCommit("refs/heads/main") == rewritten)
        #expect(first != rewritten)
    }

    @Test func forcePushOverUnknownRemoteCommit() throws {
        let fixture = try Fixture()
        let other = try fixture.origin.clone()
        try other.write("other.py", "print('other')\n")
        try other.commit("Push from another clone")
        try requireSuccess(try fixture.push(["origin", "main"], from: other))
        try fixture.work.write("app.py", "print('hola')\n")
        let head = try fixture.work.commit("Add the app")

        let result = try fixture.push(["--force", "origin", "main"])

        // This clone never fetched the other commit, so the hook hides origin/main instead.
        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr).last
                == "  refs/heads/main: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(head))")
    }

    @Test func deletionChecksNothing() throws {
        let fixture = try Fixture()
        try requireSuccess(try fixture.push(["origin", "main:refs/heads/old"]))

        let result = try fixture.push(["origin", "--delete", "old"])

        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr) == [
                "vixen-gate: checking the push to origin (\(fixture.origin.fileURL))",
                "  refs/heads/old: deleted, nothing to check",
                "No new commits to check; nothing blocks.",
            ])
        #expect(fixture.originCommit("refs/heads/old") == nil)
    }

    @Test func annotatedTagBringsItsCommits() throws {
        let fixture = try Fixture()
        try fixture.work.write("CHANGELOG.md", "# 1.0\n")
        let released = try fixture.work.commit("Release 1.0")
        try fixture.work.tag("v1.0", message: "Version 1.0")

        let result = try fixture.push(["origin", "v1.0"])

        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr).last
                == "  refs/tags/v1.0: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(released))")
        #expect(fixture.originCommit("refs/tags/v1.0^{commit}") == released)
    }

    @Test func tagOfPushedCommitBringsNone() throws {
        let fixture = try Fixture()
        try fixture.work.tag("v0.1", message: "First tag")

        let result = try fixture.push(["origin", "v0.1"])

        #expect(result.status == 0)
        let span = Fixture.short(fixture.base) + ".." + Fixture.short(fixture.base)
        #expect(
            hookSummary(result.stderr).dropFirst() == [
                "  refs/tags/v0.1: 0 new commits in \(span)", "No new commits to check; nothing blocks.",
            ])
    }

    @Test func severalRefsEachGetTheirRange() throws {
        let fixture = try Fixture()
        try fixture.work.write("app.py", "print('hola')\n")
        let mainHead = try fixture.work.commit("Add the app")
        try fixture.work.checkout("feature", createBranch: true)
        try fixture.work.write("feature.py", "print('feature')\n")
        let featureHead = try fixture.work.commit("Add the feature")
        try fixture.work.tag("v2", message: "Version 2")
        try requireSuccess(try fixture.push(["origin", "\(fixture.base):refs/heads/old"]))

        let result = try fixture.push(["origin", "main", "feature", "v2", ":refs/heads/old"])

        #expect(result.status == 0)
        let summary = hookSummary(result.stderr)
        let base = Fixture.short(fixture.base)
        #expect(summary.count == 5)
        #expect(summary.contains("  refs/heads/main: 1 new commit in \(base)..\(Fixture.short(mainHead))"))
        #expect(summary.contains("  refs/heads/feature: 2 new commits in \(base)..\(Fixture.short(featureHead))"))
        #expect(summary.contains("  refs/tags/v2: 2 new commits in \(base)..\(Fixture.short(featureHead))"))
        #expect(summary.contains("  refs/heads/old: deleted, nothing to check"))
        // The report counts each commit once, whatever number of refs bring it.
        #expect(result.stderr.contains(": 2 commits\n"))
        #expect(fixture.originCommit("refs/heads/feature") == featureHead)
    }

    @Test func pushFromSubfolder() throws {
        let fixture = try Fixture(installHook: false)
        try fixture.work.write("backend/app.py", "print('hola')\n")
        try fixture.work.commit("Add the backend")
        let backend = fixture.work.url.appendingPathComponent("backend")
        try requireSuccess(try fixture.vixenGate(["hook", "install"], in: backend))

        let result = try ProcessRunner.run(
            "git", ["push", "origin", "main"], in: backend, environment: fixture.work.environment, timeout: 30)

        #expect(result.status == 0)
        #expect(hookSummary(result.stderr).count == 2)
        #expect(hookSummary(result.stderr).last?.hasPrefix("  refs/heads/main: 1 new commit in ") == true)
    }

    @Test func pushFromLinkedWorktree() throws {
        let fixture = try Fixture(installHook: false)
        let worktreePath = fixture.work.url.deletingLastPathComponent().appendingPathComponent("worktree")
        try fixture.work.git("worktree", "add", "--quiet", "-b", "fix", worktreePath.path)
        let installed = try fixture.vixenGate(["hook", "install"], in: worktreePath)
        try fixture.work.git(
            ["-C", worktreePath.path, "commit", "--quiet", "--allow-empty", "-m", "Fix"], createsCommit: true)
        let head = try fixture.work.git("-C", worktreePath.path, "rev-parse", "HEAD")

        let result = try ProcessRunner.run(
            "git", ["push", "origin", "fix"], in: worktreePath, environment: fixture.work.environment, timeout: 30)

        // The hook goes to the main repository's hooks folder, which every worktree shares.
        let hook = fixture.work.gitDirectory.appendingPathComponent("hooks/pre-push").path
        #expect(installed.stdout.hasPrefix("Installed the pre-push hook at \(hook). "))
        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr).last
                == "  refs/heads/fix: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(head))")
    }

    @Test func pushToURLWithoutRemoteName() throws {
        let fixture = try Fixture()
        try fixture.work.write("app.py", "print('hola')\n")
        try fixture.work.commit("Add the app")

        let result = try fixture.push([fixture.origin.fileURL, "main:refs/heads/direct"])

        #expect(result.status == 0)
        #expect(hookSummary(result.stderr).first == "vixen-gate: checking the push to \(fixture.origin.fileURL)")
        // No remote-tracking refs belong to a bare URL, so every commit counts as new.
        #expect(hookSummary(result.stderr).last?.hasPrefix("  refs/heads/direct: 2 new commits in (root)..") == true)
    }

    @Test func spanishFromLocale() throws {
        let fixture = try Fixture()
        try fixture.commitLargeFile()

        let result = try fixture.push(["origin", "main"], environment: ["LC_ALL": "es_ES.UTF-8"])

        #expect(result.status == 1)
        #expect(
            hookSummary(result.stderr).first == "vixen-gate: comprobando el push a origin (\(fixture.origin.fileURL))")
        #expect(
            result.stderr.contains(
                "\nSe ha detenido el push. Los hallazgos de las reglas secret.* y git.* se comprueban en cada commit "
                    + "enviado"))
    }
}
