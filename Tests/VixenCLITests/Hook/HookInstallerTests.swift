import Foundation
import Testing
import VixenCore
import VixenTestSupport

@testable import VixenCLI

/// A fake repository layout in a temporary folder: a work tree with `.git/hooks`.
private struct InstallSandbox {
    let folder: TemporaryDirectory
    var workTree: String { folder.url.appendingPathComponent("app").path }
    var gitDirectory: String { workTree + "/.git" }
    var hooks: String { gitDirectory + "/hooks" }
    var hook: String { hooks + "/pre-push" }
    var previous: String { hooks + "/" + HookScript.previousHookName }

    init(createHooksFolder: Bool = true) throws {
        folder = try TemporaryDirectory(prefix: "vixen-gate-install")
        try FileManager.default.createDirectory(
            atPath: createHooksFolder ? hooks : gitDirectory, withIntermediateDirectories: true)
    }

    func installer(hooksPath: String? = nil) -> HookInstaller {
        HookInstaller(
            location: HooksLocation(
                hooksPath: hooksPath, workTree: workTree, gitDirectory: gitDirectory, commonDirectory: gitDirectory))
    }

    func write(_ path: String, _ text: String, permissions: Int = 0o755) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func permissions(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    func listing(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}

private let executable = "/opt/vixen-gate/bin/vixen-gate"

/// Returns the English text of each message.
private func english(_ messages: [LocalizedText]) -> [String] {
    messages.map(\.english)
}

/// Runs `body` and returns the message of the ``RunFailure`` it throws, or nil.
private func failure(_ body: () throws(RunFailure) -> [LocalizedText]) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return error.text(.english)
    }
}

@Suite struct HookInstallerTests {
    @Test func installWritesExecutableScript() throws {
        let sandbox = try InstallSandbox()

        let messages = try sandbox.installer().install(executable: executable, intoHooksPath: false)

        #expect(
            english(messages) == [
                "Installed the pre-push hook at \(sandbox.hook). git push now runs \(executable) first."
            ])
        #expect(sandbox.read(sandbox.hook) == HookScript(executable: executable, createdFolder: false).text)
        #expect(sandbox.permissions(sandbox.hook) == 0o755)
        #expect(sandbox.listing(sandbox.hooks) == ["pre-push"])
    }

    @Test func installTwiceChangesNothing() throws {
        let sandbox = try InstallSandbox()
        _ = try sandbox.installer().install(executable: executable, intoHooksPath: false)

        let messages = try sandbox.installer().install(executable: executable, intoHooksPath: false)

        #expect(
            english(messages) == [
                "The pre-push hook at \(sandbox.hook) is already installed and up to date; nothing changed."
            ])
        #expect(sandbox.listing(sandbox.hooks) == ["pre-push"])
    }

    @Test func installAgainRecordsNewExecutable() throws {
        let sandbox = try InstallSandbox()
        _ = try sandbox.installer().install(executable: executable, intoHooksPath: false)

        let messages = try sandbox.installer().install(executable: "/usr/local/bin/vixen-gate", intoHooksPath: false)

        #expect(
            english(messages) == [
                "Updated the pre-push hook at \(sandbox.hook); it now runs /usr/local/bin/vixen-gate."
            ])
        #expect(
            sandbox.read(sandbox.hook) == HookScript(executable: "/usr/local/bin/vixen-gate", createdFolder: false).text
        )
    }

    @Test func existingHookIsKeptAndRestored() throws {
        let sandbox = try InstallSandbox()
        let original = "#!/bin/sh\n# the team's own checks\nexit 0\n"
        try sandbox.write(sandbox.hook, original, permissions: 0o750)

        let installed = try sandbox.installer().install(executable: executable, intoHooksPath: false)
        let again = try sandbox.installer().install(executable: executable, intoHooksPath: false)

        #expect(
            english(installed) == [
                "Installed the pre-push hook at \(sandbox.hook). git push now runs \(executable) first.",
                "The pre-push hook that was there is now \(sandbox.previous). It runs first, with the same input, "
                    + "and the push stops if either hook fails. `vixen-gate hook uninstall` puts it back.",
            ])
        #expect(again.count == 1)
        #expect(sandbox.read(sandbox.previous) == original)
        #expect(sandbox.listing(sandbox.hooks) == ["pre-push", HookScript.previousHookName])

        let removed = try sandbox.installer().uninstall()

        #expect(
            english(removed) == [
                "Removed the vixen-gate pre-push hook from \(sandbox.hook).",
                "Put the previous pre-push hook back: \(sandbox.previous) is \(sandbox.hook) again.",
            ])
        #expect(sandbox.read(sandbox.hook) == original)
        #expect(sandbox.permissions(sandbox.hook) == 0o750)
        #expect(sandbox.listing(sandbox.hooks) == ["pre-push"])
    }

    @Test func existingSymbolicLinkIsKept() throws {
        let sandbox = try InstallSandbox()
        let target = sandbox.folder.url.appendingPathComponent("shared-pre-push").path
        try sandbox.write(target, HookScript(executable: executable, createdFolder: false).text)
        try FileManager.default.createSymbolicLink(atPath: sandbox.hook, withDestinationPath: target)

        _ = try sandbox.installer().install(executable: executable, intoHooksPath: false)
        _ = try sandbox.installer().uninstall()

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.hook) == target)
        #expect(sandbox.listing(sandbox.hooks) == ["pre-push"])
    }

    @Test func occupiedPreviousNameStopsInstall() throws {
        let sandbox = try InstallSandbox()
        try sandbox.write(sandbox.hook, "#!/bin/sh\nexit 0\n")
        try sandbox.write(sandbox.previous, "#!/bin/sh\nexit 1\n")

        let message = failure { () throws(RunFailure) in
            try sandbox.installer().install(executable: executable, intoHooksPath: false)
        }

        #expect(
            message
                == "\(sandbox.hook) is not the vixen-gate hook, and \(sandbox.previous), where it would be kept, "
                + "already exists. Move or delete one of them, then run `vixen-gate hook install` again.")
        #expect(sandbox.read(sandbox.hook) == "#!/bin/sh\nexit 0\n")
        #expect(sandbox.read(sandbox.previous) == "#!/bin/sh\nexit 1\n")
    }

    @Test func missingHooksFolderIsCreatedAndRemoved() throws {
        let sandbox = try InstallSandbox(createHooksFolder: false)

        _ = try sandbox.installer().install(executable: executable, intoHooksPath: false)
        #expect(HookScript.recordsCreatedFolder(sandbox.read(sandbox.hook) ?? ""))

        let removed = try sandbox.installer().uninstall()

        #expect(english(removed).last == "Removed the empty folder \(sandbox.hooks), which the install had created.")
        #expect(!FileManager.default.fileExists(atPath: sandbox.hooks))
    }

    @Test func hooksPathNeedsOption() throws {
        let sandbox = try InstallSandbox()

        let message = failure { () throws(RunFailure) in
            try sandbox.installer(hooksPath: ".githooks").install(executable: executable, intoHooksPath: false)
        }

        #expect(
            message
                == "core.hooksPath is set to \".githooks\", so git runs hooks from \(sandbox.workTree)/.githooks only, "
                + "and a hook in .git/hooks would never run. That folder may be shared with other repositories or "
                + "tracked in this one. To install the hook there, run `vixen-gate hook install --hooks-path`.")
        #expect(sandbox.listing(sandbox.hooks) == [])
    }

    @Test func hooksPathOptionInstallsThere() throws {
        let sandbox = try InstallSandbox()
        let folder = sandbox.workTree + "/.githooks"

        _ = try sandbox.installer(hooksPath: ".githooks").install(executable: executable, intoHooksPath: true)

        #expect(sandbox.listing(folder) == ["pre-push"])
        #expect(sandbox.listing(sandbox.hooks) == [])

        _ = try sandbox.installer(hooksPath: ".githooks").uninstall()

        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func hooksPathOptionWithoutSetting() throws {
        let sandbox = try InstallSandbox()

        let message = failure { () throws(RunFailure) in
            try sandbox.installer().install(executable: executable, intoHooksPath: true)
        }

        #expect(
            message
                == "--hooks-path installs into the folder that core.hooksPath names, but core.hooksPath is not set. "
                + "Run `vixen-gate hook install` without --hooks-path to install into \(sandbox.hooks).")
    }

    @Test func uninstallLeavesForeignHook() throws {
        let sandbox = try InstallSandbox()
        try sandbox.write(sandbox.hook, "#!/bin/sh\nexit 0\n")

        let messages = try sandbox.installer().uninstall()

        #expect(
            english(messages) == [
                "\(sandbox.hook) was not written by `vixen-gate hook install`, so it was left as it is."
            ])
        #expect(sandbox.read(sandbox.hook) == "#!/bin/sh\nexit 0\n")
    }

    @Test func uninstallWithoutHook() throws {
        let sandbox = try InstallSandbox()

        let messages = try sandbox.installer().uninstall()

        #expect(english(messages) == ["No pre-push hook exists at \(sandbox.hook); nothing changed."])
    }
}
