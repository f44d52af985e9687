import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate hook pre-receive` as the bare repository's pre-receive hook, reading the pushed
/// objects from git's quarantine.
@Suite struct HookServerTests {
    private typealias Fixture = HookFixture

    /// A fixture whose `origin` runs `vixen-gate hook pre-receive` and whose clone has no hook.
    private func makeFixture() throws -> Fixture {
        let fixture = try Fixture(installHook: false)
        let hook = fixture.origin.url.appendingPathComponent("hooks/pre-receive")
        try Data("#!/bin/sh\nexec \(shellQuoted(fixture.executable.path)) hook pre-receive\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        return fixture
    }

    /// Returns the hook's lines that git relays with a `remote: ` prefix, without the prefix.
    private func remoteLines(_ stderr: String) -> [String] {
        stderr.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("remote: ") else {
                return nil
            }
            // git pads each relayed line with spaces, which clear the rest of a terminal line.
            var text = line.dropFirst("remote: ".count)
            while text.last == " " {
                text = text.dropLast()
            }
            return String(text)
        }
    }

    @Test func rejectsLargeFile() throws {
        let fixture = try makeFixture()
        let commit = try fixture.commitLargeFile()

        let result = try fixture.push(["origin", "main"])

        let lines = remoteLines(result.stderr)
        #expect(result.status == 1)
        #expect(lines.first == "vixen-gate: checking the pushed refs")
        #expect(
            lines.contains(
                "  refs/heads/main: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(commit))"))
        #expect(lines.contains("blocked: 1 error, 0 warnings, 0 info"))
        #expect(
            lines.contains {
                $0.hasPrefix("The server rejected the push. Findings of secret.* and git.* rules are checked")
            })
        #expect(!lines.contains { $0.contains("--no-verify") })
        #expect(result.stderr.contains("[remote rejected] main -> main (pre-receive hook declined)"))
        #expect(fixture.originCommit("refs/heads/main") == fixture.base)
    }

    @Test func newBranchHidesExistingBranches() throws {
        let fixture = try makeFixture()
        try fixture.work.checkout("feature", createBranch: true)
        try fixture.work.write("app.py", "print('hola')\n")
        let head = try fixture.work.commit("Add the app")

        let result = try fixture.push(["origin", "feature", "main:refs/heads/copy"])

        let lines = remoteLines(result.stderr)
        #expect(result.status == 0)
        #expect(
            lines.contains(
                "  refs/heads/feature: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(head))"))
        let span = Fixture.short(fixture.base) + ".." + Fixture.short(fixture.base)
        #expect(lines.contains("  refs/heads/copy: 0 new commits in \(span)"))
        #expect(lines.contains("passed: 0 errors, 0 warnings, 0 info"))
        #expect(fixture.originCommit("refs/heads/feature") == head)
    }

    @Test func deletionIsAccepted() throws {
        let fixture = try makeFixture()
        try requireSuccess(try fixture.push(["origin", "main:refs/heads/old"]))

        let result = try fixture.push(["origin", "--delete", "old"])

        #expect(result.status == 0)
        #expect(remoteLines(result.stderr).contains("  refs/heads/old: deleted, nothing to check"))
        #expect(fixture.originCommit("refs/heads/old") == nil)
    }
}
