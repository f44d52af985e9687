import Foundation
import Testing
import VixenCore

@testable import VixenCLI

/// Standard output and error of an in-process run.
private final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output = ""
    private var error = ""

    var console: Console {
        Console(
            writeOutput: { text in self.lock.withLock { self.output += text } },
            writeError: { text in self.lock.withLock { self.error += text } },
            outputIsTerminal: false)
    }

    var standardOutput: String { lock.withLock { output } }
    var standardError: String { lock.withLock { error } }
}

/// Runs `action` in `/`, which is no repository, and returns the failure message in English.
private func failureMessage(
    _ action: HookAction, input: StandardInput, executablePath: @escaping @Sendable () -> String? = { "/x" }
) -> String? {
    let captured = CapturedOutput()
    var run = HookRun(
        action: action, language: .english, environment: [:], currentDirectory: "/", console: captured.console)
    run.input = input
    run.executablePath = executablePath
    do {
        _ = try run.execute()
        return nil
    } catch {
        return error.text(.english)
    }
}

@Suite struct HookRunTests {
    @Test func terminalInputIsRejected() {
        let input = StandardInput(isTerminal: true, readAll: { Data() })
        let message = failureMessage(.prePush(remote: "origin", url: "file:///srv/app.git"), input: input)
        #expect(
            message
                == "vixen-gate hook pre-push reads the refs being pushed from standard input, which git writes when "
                + "it runs the hook. Install the hook with `vixen-gate hook install` and run `git push`, or check a "
                + "range by hand with `vixen-gate check --base REV`.")
    }

    @Test func terminalInputIsRejectedOnServer() {
        let input = StandardInput(isTerminal: true, readAll: { Data() })
        let message = failureMessage(.preReceive, input: input)
        #expect(message?.hasPrefix("vixen-gate hook pre-receive reads the refs being pushed") == true)
    }

    @Test func malformedInputFailsBeforeOpeningRepository() {
        let input = StandardInput(isTerminal: false, readAll: { Data("one two three\n".utf8) })
        let message = failureMessage(.preReceive, input: input)
        #expect(
            message
                == "Line 1 of standard input, \"one two three\", is not a ref update: \"one\" is not an object id of "
                + "40 or 64 hexadecimal digits. git writes one line per ref as `<old oid> SP <new oid> SP <ref name>`; "
                + "if you write the input by hand, use that form.")
    }

    @Test func installWithoutExecutablePath() {
        let input = StandardInput(isTerminal: false, readAll: { Data() })
        let message = failureMessage(.install(hooksPath: false), input: input, executablePath: { nil })
        #expect(message?.hasPrefix("The path of the running vixen-gate executable cannot be found") == true)
    }

    @Test func runningExecutableIsAbsoluteFile() throws {
        let path = try #require(RunningExecutable.path())
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }
}
