import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate hook install` and `hook uninstall` in real repositories, and pushes through
/// what they wrote.
@Suite struct HookInstallTests {
    private typealias Fixture = HookFixture

    /// Returns the names in `folder`, sorted.
    private func listing(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    private func hooksFolder(_ fixture: Fixture) -> URL {
        fixture.work.gitDirectory.appendingPathComponent("hooks")
    }

    @Test func existingHookIsKeptAndStillRuns() throws {
        let fixture = try Fixture(installHook: false)
        let log = fixture.work.url.deletingLastPathComponent().appendingPathComponent("previous-hook.log")
        let hook = hooksFolder(fixture).appendingPathComponent("pre-push")
        let original = "#!/bin/sh\necho \"$1 $2\" > '\(log.path)'\ncat >> '\(log.path)'\n"
        try Data(original.utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        try requireSuccess(try fixture.vixenGate(["hook", "install"]))
        try fixture.work.write("app.py", "print('hola')\n")
        let head = try fixture.work.commit("Add the app")

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 0)
        #expect(
            try String(contentsOf: log, encoding: .utf8)
                == "origin \(fixture.origin.fileURL)\nrefs/heads/main \(head) refs/heads/main \(fixture.base)\n")
        #expect(hookSummary(result.stderr).count == 2)
    }

    @Test func failingExistingHookStopsPush() throws {
        let fixture = try Fixture(installHook: false)
        let hook = hooksFolder(fixture).appendingPathComponent("pre-push")
        try Data("#!/bin/sh\necho 'team hook says no' >&2\nexit 1\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        try requireSuccess(try fixture.vixenGate(["hook", "install"]))
        try fixture.work.write("app.py", "print('hola')\n")
        try fixture.work.commit("Add the app")

        let result = try fixture.push(["origin", "main"])

        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("team hook says no\n"))
        #expect(hookSummary(result.stderr) == [])
        #expect(fixture.originCommit("refs/heads/main") == fixture.base)
    }

    @Test func installTwiceThenUninstallRestores() throws {
        let fixture = try Fixture(installHook: false)
        let folder = hooksFolder(fixture)
        let hook = folder.appendingPathComponent("pre-push")
        let original = Data("#!/bin/sh\n# the team's checks\nexit 0\n".utf8)
        try original.write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: hook.path)
        let before = listing(folder)

        let first = try fixture.vixenGate(["hook", "install"])
        let second = try fixture.vixenGate(["hook", "install"])
        let installedListing = listing(folder)
        let removed = try fixture.vixenGate(["hook", "uninstall"])

        #expect(first.status == 0)
        #expect(second.status == 0)
        #expect(
            second.stdout == "The pre-push hook at \(hook.path) is already installed and up to date; nothing changed.\n"
        )
        #expect(installedListing == (before + ["pre-push.before-vixen-gate"]).sorted())
        #expect(removed.status == 0)
        #expect(
            removed.stdout == """
                Removed the vixen-gate pre-push hook from \(hook.path).
                Put the previous pre-push hook back: \(folder.path)/pre-push.before-vixen-gate is \(hook.path) again.

                """)
        #expect(listing(folder) == before)
        #expect(FileManager.default.contents(atPath: hook.path) == original)
        let permissions = try FileManager.default.attributesOfItem(atPath: hook.path)[.posixPermissions] as? Int
        #expect(permissions == 0o700)
    }

    @Test func hooksPathNeedsOptionThenInstallsThere() throws {
        let fixture = try Fixture(installHook: false)
        try fixture.work.git("config", "core.hooksPath", ".githooks")
        let folder = fixture.work.url.appendingPathComponent(".githooks")

        let refused = try fixture.vixenGate(["hook", "install"])
        let installed = try fixture.vixenGate(["hook", "install", "--hooks-path"])
        try fixture.commitLargeFile()
        let push = try fixture.push(["origin", "main"])
        let removed = try fixture.vixenGate(["hook", "uninstall"])

        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "vixen-gate: error: core.hooksPath is set to \".githooks\", so git runs hooks from \(folder.path) "
                + "only, and a hook in .git/hooks would never run. That folder may be shared with other repositories "
                + "or tracked in this one. To install the hook there, run `vixen-gate hook install --hooks-path`.\n")
        #expect(installed.status == 0)
        #expect(installed.stdout.hasPrefix("Installed the pre-push hook at \(folder.path)/pre-push. "))
        #expect(push.status == 1)
        #expect(push.stderr.contains("\nblocked: 1 error, 0 warnings, 0 info\n"))
        #expect(removed.status == 0)
        #expect(removed.stdout.hasSuffix("Removed the empty folder \(folder.path), which the install had created.\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func movedBinaryFallsBackToPath() throws {
        let fixture = try Fixture(installHook: false)
        let sandbox = try TemporaryDirectory(prefix: "vixen-gate-moved")
        let copy = sandbox.url.appendingPathComponent("vixen-gate")
        try FileManager.default.copyItem(at: fixture.executable, to: copy)
        try requireSuccess(
            try ProcessRunner.run(
                copy.path, ["hook", "install"], in: fixture.work.url, environment: fixture.work.environment))
        try FileManager.default.removeItem(at: copy)
        let onPath = sandbox.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: onPath, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: onPath.appendingPathComponent("vixen-gate"), withDestinationURL: fixture.executable)
        try fixture.work.write("app.py", "print('hola')\n")
        try fixture.work.commit("Add the app")
        let path = onPath.path + ":" + (fixture.work.environment["PATH"] ?? "/usr/bin:/bin")

        let result = try fixture.push(["origin", "main"], environment: ["PATH": path])

        #expect(result.status == 0)
        #expect(
            result.stderr.hasPrefix(
                "vixen-gate: \(copy.path) no longer exists, so this hook runs the vixen-gate found on PATH. "
                    + "Run `vixen-gate hook install` again to record its location.\n"))
        #expect(hookSummary(result.stderr).count == 2)
    }

    @Test func missingBinaryStopsPush() throws {
        let fixture = try Fixture(installHook: false)
        let sandbox = try TemporaryDirectory(prefix: "vixen-gate-moved")
        let copy = sandbox.url.appendingPathComponent("vixen-gate")
        try FileManager.default.copyItem(at: fixture.executable, to: copy)
        try requireSuccess(
            try ProcessRunner.run(
                copy.path, ["hook", "install"], in: fixture.work.url, environment: fixture.work.environment))
        try FileManager.default.removeItem(at: copy)
        try fixture.work.write("app.py", "print('hola')\n")
        try fixture.work.commit("Add the app")
        // Only git itself is on PATH, so no vixen-gate can be found there.
        let gitOnly = sandbox.url.appendingPathComponent("git-only")
        try FileManager.default.createDirectory(at: gitOnly, withIntermediateDirectories: true)
        let git = try executableOnPath("git")
        try FileManager.default.createSymbolicLink(at: gitOnly.appendingPathComponent("git"), withDestinationURL: git)

        let result = try ProcessRunner.run(
            git.path, ["push", "origin", "main"], in: fixture.work.url,
            environment: fixture.work.environment.merging(["PATH": gitOnly.path]) { _, added in added })

        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "vixen-gate: \(copy.path) no longer exists and no vixen-gate is on PATH, so this push cannot be "
                    + "checked and is stopped."))
        #expect(fixture.originCommit("refs/heads/main") == fixture.base)
    }
}
