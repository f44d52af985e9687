import Foundation
import Testing
import VixenTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ProcessRunnerTests {
    @Test func capturesStdoutAndStatus() throws {
        let result = try ProcessRunner.run("printf", ["%s|%s", "one", "two words"])
        #expect(result == ProcessResult(status: 0, stdout: "one|two words", stderr: ""))
    }

    @Test func returnsNonzeroStatusWithStderr() throws {
        let result = try ProcessRunner.run("sh", ["-c", "echo out; echo failed >&2; exit 3"])
        #expect(result.status == 3)
        #expect(result.stdout == "out\n")
        #expect(result.stderr == "failed\n")
    }

    @Test func writesStdin() throws {
        let result = try ProcessRunner.run("cat", [], stdin: "first\nsegunda línea\n")
        #expect(result.stdout == "first\nsegunda línea\n")
    }

    @Test func stdinIsEmptyWhenNil() throws {
        let result = try ProcessRunner.run("wc", ["-c"])
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func runsInDirectory() throws {
        let directory = try TemporaryDirectory()
        let result = try ProcessRunner.run("pwd", [], in: directory.url)
        #expect(result.stdout == directory.path + "\n")
    }

    @Test func passesOnlyGivenEnvironment() throws {
        let result = try ProcessRunner.run(
            "/bin/sh", ["-c", "printf '%s|%s' \"$VIXEN_SAMPLE\" \"${HOME-unset}\""],
            environment: ["VIXEN_SAMPLE": "valor"]
        )
        #expect(result.stdout == "valor|unset")
    }

    @Test func resolvesNameThroughGivenPath() throws {
        let directory = try TemporaryDirectory()
        let script = directory.url.appendingPathComponent("vixen-sample-tool")
        try Data("#!/bin/sh\necho found \"$1\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)

        let result = try ProcessRunner.run(
            "vixen-sample-tool", ["it"], environment: ["PATH": "/nonexistent:\(directory.path)"])
        #expect(result.stdout == "found it\n")
    }

    @Test func missingExecutableThrows() throws {
        let directory = try TemporaryDirectory()
        let error = try #require(throws: ProcessRunnerError.self) {
            try ProcessRunner.run("sh", ["-c", "true"], environment: ["PATH": directory.path])
        }
        #expect(error == .executableNotFound(name: "sh", searchPath: directory.path))
    }

    @Test func timeoutKillsSleep() throws {
        let start = Date()
        let error = try #require(throws: ProcessRunnerError.self) {
            try ProcessRunner.run("sleep", ["30"], timeout: 1)
        }
        #expect(error == .timedOut(command: ["sleep", "30"], seconds: 1, stdout: "", stderr: ""))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func timedOutProcessIsGone() throws {
        let directory = try TemporaryDirectory()
        let pidFile = directory.url.appendingPathComponent("pid")
        // `exec` makes the recorded shell pid the pid of `sleep` itself.
        #expect(throws: ProcessRunnerError.self) {
            try ProcessRunner.run("sh", ["-c", "echo $$ > '\(pidFile.path)'; exec sleep 30"], timeout: 1)
        }

        let text = try String(contentsOf: pidFile, encoding: .utf8)
        let pid = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        // Signal 0 only checks that the process exists.
        #expect(kill(pid, 0) == -1)
        #expect(errno == ESRCH)
    }

    @Test func backgroundProcessHoldingPipesThrows() throws {
        // The shell exits at once, but `sleep` inherits its stdout and stderr for 6 seconds,
        // longer than the 1-second timeout plus the 5-second wait for the pipes to close.
        let command = ["sh", "-c", "sleep 6 &"]
        let error = try #require(throws: ProcessRunnerError.self) {
            try ProcessRunner.run(command[0], Array(command.dropFirst()), timeout: 1)
        }
        #if os(Linux)
        // Foundation on Linux treats the shell as running while `sleep` keeps open the socket it
        // watches for the exit, so the runner kills the shell on timeout.
        #expect(error == .timedOut(command: command, seconds: 1, stdout: "", stderr: ""))
        #else
        #expect(error == .pipesLeftOpen(command: command))
        #endif
    }

    @Test func largeStderrBeforeStdoutDoesNotDeadlock() throws {
        // Each stream gets more than a megabyte, far more than a pipe buffer, and stderr is written first,
        // so reading stdout to its end before stderr would block both processes.
        let script = "yes error-line | head -n 100000 >&2; yes output-line | head -n 100000"
        let result = try ProcessRunner.run("sh", ["-c", script], timeout: 30)
        #expect(result.status == 0)
        #expect(result.stdout.utf8.count == 1_200_000)
        #expect(result.stderr.utf8.count == 1_100_000)
        #expect(result.stdout.hasSuffix("output-line\n"))
        #expect(result.stderr.hasPrefix("error-line\n"))
    }

    @Test func largeStdinRoundTrips() throws {
        let input = String(repeating: "0123456789abcdef\n", count: 200_000)
        let result = try ProcessRunner.run("cat", [], stdin: input, timeout: 30)
        #expect(result.stdout.utf8.count == 3_400_000)
        #expect(result.stdout == input)
    }

    @Test func childIgnoringStdinDoesNotFail() throws {
        // The input is larger than a pipe buffer, so writing it fails with a broken pipe,
        // which must not end the test process.
        let input = String(repeating: "x", count: 1_000_000)
        let result = try ProcessRunner.run("sh", ["-c", "exit 4"], stdin: input)
        #expect(result.status == 4)
    }
}

@Suite struct ProcessRunnerBusyScriptTests {
    @Test func scriptOpenForWritingRunsOnceClosed() throws {
        let folder = try TemporaryDirectory()
        let script = folder.url.appendingPathComponent("busy.sh")
        try Data("#!/bin/sh\necho ran\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let writer = try FileHandle(forWritingTo: script)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { try? writer.close() }

        let result = try ProcessRunner.run(script.path, [], timeout: 10)

        #expect(result.status == 0)
        #expect(result.stdout == "ran\n")
    }
}
