import Foundation
import Testing
import VixenTestSupport

/// Pushes that the pre-push hook must stop, with `git.file-too-large` raised to an error as a
/// stand-in for the secret scanner.
@Suite struct HookBlockingTests {
    private typealias Fixture = HookFixture

    /// The hints the hook prints after a report that blocks, in English.
    static let hints = """
        The push was stopped. Findings of secret.* and git.* rules are checked in every pushed commit, not only \
        the last one, so a fix in a new commit on top does not clear them. Rewrite the commits that added them \
        (for example with `git rebase -i`), then push again.
        If a finding is a false alarm, add a `vixen-gate:allow git.file-too-large` comment at the end of its \
        line, or lower the rule's severity in .vixen-gate.yml, for example \
        `severity: {git.file-too-large: warning}`. A push is checked with that file as it is at the base of the \
        pushed commits, so that change must be on the remote branch first.
        `git push --no-verify` skips this hook, but CI runs the same checks again.

        """

    @Test func largeFileStopsPush() throws {
        let fixture = try Fixture()
        let commit = try fixture.commitLargeFile()

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "    error    git.file-too-large  data/export.csv (commit \(Fixture.short(commit)))  data/export.csv "
                    + "is 200 bytes, over the 100-byte limit, so it was listed but not read."))
        #expect(result.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n\n" + Self.hints))
        #expect(result.stderr.contains("error: failed to push some refs"))
        #expect(fixture.originCommit("refs/heads/main") == fixture.base)
    }

    @Test func fileAddedThenDeletedStillStopsPush() throws {
        let fixture = try Fixture()
        let added = try fixture.commitLargeFile()
        try fixture.work.remove("data/export.csv")
        try fixture.work.commit("Remove the export again")

        let result = try fixture.push(["origin", "main"])

        // The range's overall diff is empty, but the first commit's own diff adds the file.
        #expect(result.status == 1)
        #expect(result.stderr.contains("\nChanged files: none\n"))
        #expect(result.stderr.contains("data/export.csv (commit \(Fixture.short(added)))"))
        #expect(result.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n"))
        #expect(fixture.originCommit("refs/heads/main") == fixture.base)
    }

    @Test func laterRefOfPushIsChecked() throws {
        let fixture = try Fixture()
        try fixture.work.write("app.py", "print('hola')\n")
        try fixture.work.commit("Add the app")
        try fixture.work.checkout("feature", createBranch: true)
        try fixture.commitLargeFile()
        try fixture.work.checkout("main")

        let result = try fixture.push(["origin", "main", "feature"])

        #expect(result.status == 1)
        #expect(hookSummary(result.stderr).count == 3)
        #expect(result.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n"))
        #expect(fixture.originCommit("refs/heads/feature") == nil)
    }

    @Test func configurationComesFromBase() throws {
        let fixture = try Fixture()
        // The pushed commits loosen the limit, but the push is judged by the file at its base.
        try fixture.work.write(".vixen-gate.yml", "limits: {max_file_size: 1 MiB}\n")
        try fixture.commitLargeFile()

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 1)
        #expect(result.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n"))
    }

    @Test func newBranchUsesConfigurationAtMergeBase() throws {
        let fixture = try Fixture()
        try fixture.work.checkout("feature", createBranch: true)
        try fixture.work.write(".vixen-gate.yml", "limits: {max_file_size: 1 MiB}\n")
        try fixture.work.commit("Loosen the limit")
        try fixture.commitLargeFile()

        let result = try fixture.push(["origin", "feature"])

        #expect(result.status == 1)
        #expect(result.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n"))
    }

    @Test func noVerifySkipsHook() throws {
        let fixture = try Fixture()
        let commit = try fixture.commitLargeFile()

        let result = try fixture.push(["--no-verify", "origin", "main"])

        #expect(result.status == 0)
        #expect(hookSummary(result.stderr) == [])
        #expect(fixture.originCommit("refs/heads/main") == commit)
    }
}
