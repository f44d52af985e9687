import Foundation
import Testing
import VixenTestSupport

@testable import VixenCLI

/// A hooks folder with the installed script, a stand-in for vixen-gate and, optionally, a
/// previous hook, run with `sh` as git runs a hook.
private struct ScriptSandbox {
    let folder: TemporaryDirectory
    var hooks: URL { folder.url.appendingPathComponent("hooks") }
    var hook: URL { hooks.appendingPathComponent("pre-push") }
    var log: URL { folder.url.appendingPathComponent("log") }
    /// The stand-in for vixen-gate, which logs its arguments and input.
    var executable: URL { folder.url.appendingPathComponent("bin/vixen-gate") }

    init() throws {
        folder = try TemporaryDirectory(prefix: "vixen-gate-hook-script")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try writeScript(
            executable,
            """
            #!/bin/sh
            echo "vixen-gate $*" >> '\(log.path)'
            cat >> '\(log.path)'
            exit 0
            """)
        let script = HookScript(executable: executable.path, createdFolder: false)
        try writeScript(hook, script.text)
    }

    func writeScript(_ url: URL, _ text: String) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// Writes a previous hook that logs its input and exits with `status`.
    func addPrevious(status: Int32) throws {
        try writeScript(
            hooks.appendingPathComponent(HookScript.previousHookName),
            """
            #!/bin/sh
            echo "previous $*" >> '\(log.path)'
            cat >> '\(log.path)'
            exit \(status)
            """)
    }

    /// Runs the hook script, again when the shell could not start the fake binary it just wrote.
    ///
    /// Another test's child process can still hold the fake binary open for writing for a moment after
    /// the file is written (ETXTBSY), and the shell then exits 126 before the binary runs.
    func run(stdin: String, path: String = "/usr/bin:/bin", language: String = "C") throws -> ProcessResult {
        var attempt = 0
        while true {
            let result = try ProcessRunner.run(
                hook.path, ["origin", "file:///srv/app.git"], in: folder.url,
                environment: ["PATH": path, "LC_ALL": language], stdin: stdin, timeout: 20)
            attempt += 1
            guard result.status == 126, result.stderr.contains("Text file busy"), attempt < 5 else {
                return result
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func logText() -> String {
        (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    }
}

private let input =
    "refs/heads/main 1111111111111111111111111111111111111111 refs/heads/main "
    + "0000000000000000000000000000000000000000\nrefs/tags/v1 2222222222222222222222222222222222222222 refs/tags/v1 "
    + "0000000000000000000000000000000000000000\n"

@Suite struct HookScriptTests {
    @Test func quotedSurvivesQuotesAndDollars() {
        #expect(HookScript.quoted("/opt/it's $HOME/vixen-gate") == "'/opt/it'\\''s $HOME/vixen-gate'")
    }

    @Test func markerIdentifiesInstalledScript() {
        let script = HookScript(executable: "/usr/local/bin/vixen-gate", createdFolder: false)
        #expect(HookScript.isInstalled(script.text))
        #expect(!HookScript.isInstalled("#!/bin/sh\nexec vixen-gate hook pre-push \"$@\"\n"))
        #expect(!HookScript.recordsCreatedFolder(script.text))
        #expect(HookScript.recordsCreatedFolder(HookScript(executable: "/x", createdFolder: true).text))
    }

    @Test func scriptStartsWithShebangAndNamesExecutable() {
        let text = HookScript(executable: "/usr/local/bin/vixen-gate", createdFolder: false).text
        #expect(text.hasPrefix("#!/bin/sh\n# vixen-gate-hook: pre-push\n"))
        #expect(text.contains("\nexecutable='/usr/local/bin/vixen-gate'\n"))
        #expect(text.hasSuffix("exec \"$executable\" hook pre-push \"$@\"\n"))
    }

    @Test func runsExecutableWithArgumentsAndInput() throws {
        let sandbox = try ScriptSandbox()
        let result = try sandbox.run(stdin: input)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(sandbox.logText() == "vixen-gate hook pre-push origin file:///srv/app.git\n" + input)
    }

    @Test func previousHookRunsFirstWithSameInput() throws {
        let sandbox = try ScriptSandbox()
        try sandbox.addPrevious(status: 0)
        let result = try sandbox.run(stdin: input)
        #expect(result.status == 0)
        #expect(
            sandbox.logText()
                == "previous origin file:///srv/app.git\n" + input
                + "vixen-gate hook pre-push origin file:///srv/app.git\n" + input)
    }

    @Test func failingPreviousHookStopsPush() throws {
        let sandbox = try ScriptSandbox()
        try sandbox.addPrevious(status: 3)
        let result = try sandbox.run(stdin: input)
        #expect(result.status == 3)
        #expect(sandbox.logText() == "previous origin file:///srv/app.git\n" + input)
    }

    @Test func failingExecutableStopsPush() throws {
        let sandbox = try ScriptSandbox()
        try sandbox.addPrevious(status: 0)
        try sandbox.writeScript(sandbox.executable, "#!/bin/sh\ncat > /dev/null\nexit 1\n")
        let result = try sandbox.run(stdin: input)
        #expect(result.status == 1)
    }

    @Test func nonExecutablePreviousHookIsSkipped() throws {
        let sandbox = try ScriptSandbox()
        try sandbox.addPrevious(status: 3)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644],
            ofItemAtPath: sandbox.hooks.appendingPathComponent(HookScript.previousHookName).path)
        let result = try sandbox.run(stdin: input)
        #expect(result.status == 0)
        #expect(sandbox.logText() == "vixen-gate hook pre-push origin file:///srv/app.git\n" + input)
    }

    @Test func missingExecutableFallsBackToPath() throws {
        let sandbox = try ScriptSandbox()
        let moved = sandbox.folder.url.appendingPathComponent("elsewhere/vixen-gate")
        try FileManager.default.createDirectory(
            at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: sandbox.executable, to: moved)

        let result = try sandbox.run(stdin: input, path: moved.deletingLastPathComponent().path + ":/usr/bin:/bin")

        #expect(result.status == 0)
        #expect(
            result.stderr
                == "vixen-gate: \(sandbox.executable.path) no longer exists, so this hook runs the vixen-gate found "
                + "on PATH. Run `vixen-gate hook install` again to record its location.\n")
        #expect(sandbox.logText() == "vixen-gate hook pre-push origin file:///srv/app.git\n" + input)
    }

    @Test func noExecutableAnywhereStopsPush() throws {
        let sandbox = try ScriptSandbox()
        try FileManager.default.removeItem(at: sandbox.executable)
        let emptyFolder = sandbox.folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)

        let result = try sandbox.run(stdin: input, path: emptyFolder.path)

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: \(sandbox.executable.path) no longer exists and no vixen-gate is on PATH, so this "
                + "push cannot be checked and is stopped. Install vixen-gate again and run `vixen-gate hook install`, "
                + "or remove the hook with `vixen-gate hook uninstall`.\n")
        #expect(sandbox.logText() == "")
    }

    @Test func messagesFollowSpanishLocale() throws {
        let sandbox = try ScriptSandbox()
        try FileManager.default.removeItem(at: sandbox.executable)

        let result = try sandbox.run(stdin: input, path: "/nonexistent", language: "es_ES.UTF-8")

        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("vixen-gate: \(sandbox.executable.path) ya no existe y no hay ningún"))
    }
}
