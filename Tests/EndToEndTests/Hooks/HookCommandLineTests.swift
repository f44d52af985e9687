import Foundation
import Testing
import VixenTestSupport

/// The hook commands run by hand: malformed input, a terminal, SHA-256 repositories, and the
/// pre-commit framework's variables.
@Suite struct HookCommandLineTests {
    private typealias Fixture = HookFixture

    @Test func malformedLineNamesIt() throws {
        let fixture = try Fixture(installHook: false)
        let input = "refs/heads/main \(fixture.base) refs/heads/main \(fixture.base)\nnot a ref line\n"

        let result = try fixture.vixenGate(["hook", "pre-push", "origin", fixture.origin.fileURL], stdin: input)

        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "vixen-gate: error: Line 2 of standard input, \"not a ref line\", is not a ref update: \"a\" is "
                + "not an object id of 40 or 64 hexadecimal digits. git writes one line per ref as "
                + "`<local ref> SP <local oid> SP <remote ref> SP <remote oid>`; if you write the input by hand, "
                + "use that form.\n")
    }

    @Test func lineForUnknownObjectFails() throws {
        let fixture = try Fixture(installHook: false)
        let missing = String(repeating: "e", count: 40)
        let input = "refs/heads/main \(missing) refs/heads/main \(fixture.base)\n"

        let result = try fixture.vixenGate(["hook", "pre-push", "origin", fixture.origin.fileURL], stdin: input)

        #expect(result.status == 2)
        #expect(result.stderr.contains("The object \(missing) is missing from the repository"))
    }

    @Test func sha256RepositoryNamesLibgit2Version() throws {
        // git 2.39 clones an empty repository as SHA-1 whatever its format, so the clone is made by hand.
        let origin = try GitRepository(bare: true, objectFormat: .sha256)
        let work = try GitRepository(objectFormat: .sha256)
        try work.addRemote("origin", origin)
        try work.write("README.md", "# Orders\n")
        let head = try work.commit("First commit")
        let executable = try BuildProducts.vixenGate()
        let hook = work.gitDirectory.appendingPathComponent("hooks/pre-push")
        try Data("#!/bin/sh\nexec \(shellQuoted(executable.path)) hook pre-push \"$@\"\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)

        let result = try work.run(["push", "origin", "main"])

        #expect(head.count == 64)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "vixen-gate: error: This repository uses SHA-256 object ids, which libgit2 reads "
                    + "from version 1.9 on"))
        #expect((try? origin.git("rev-parse", "--verify", "--quiet", "refs/heads/main")) == nil)
    }

    @Test func installOutsideRepositorySaysWhereToRunIt() throws {
        let folder = try TemporaryDirectory()
        let executable = try BuildProducts.vixenGate()

        let result = try ProcessRunner.run(
            executable.path, ["hook", "install"], in: folder.url, environment: ["LANG": "C", "PATH": "/usr/bin:/bin"])

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: \"\(folder.url.path)\" is not inside a git repository. Run the command again "
                + "from inside the repository whose pushes the hook should check.\n")
    }

    @Test func preCommitRangeFromEnvironment() throws {
        let fixture = try Fixture(installHook: false)
        let commit = try fixture.commitLargeFile()

        let result = try fixture.vixenGate(
            ["hook", "pre-commit"],
            environment: [
                "PRE_COMMIT_FROM_REF": fixture.base, "PRE_COMMIT_TO_REF": commit, "PRE_COMMIT_REMOTE_NAME": "origin",
                "PRE_COMMIT_REMOTE_BRANCH": "refs/heads/main", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/main",
            ])

        #expect(result.status == 1)
        #expect(
            hookSummary(result.stderr) == [
                "vixen-gate: checking the push to origin that pre-commit describes",
                "  refs/heads/main: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(commit))",
            ])
        #expect(result.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n"))
    }

    @Test func preCommitRootPushHidesRemoteRefs() throws {
        let fixture = try Fixture(installHook: false)
        try fixture.work.write("app.py", "print('hola')\n")
        let head = try fixture.work.commit("Add the app")

        let result = try fixture.vixenGate(
            ["hook", "pre-commit"],
            environment: ["PRE_COMMIT_REMOTE_NAME": "origin", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/main"])

        #expect(result.status == 0)
        #expect(
            hookSummary(result.stderr).last
                == "  refs/heads/main: 1 new commit in \(Fixture.short(fixture.base))..\(Fixture.short(head))")
    }

    @Test func preCommitWithoutVariablesFails() throws {
        let fixture = try Fixture(installHook: false)

        let result = try fixture.vixenGate(["hook", "pre-commit"])

        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "vixen-gate: error: PRE_COMMIT_TO_REF and PRE_COMMIT_LOCAL_BRANCH are not set, so there is no pushed "
                    + "commit to check."))
    }
}
