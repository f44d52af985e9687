import Foundation
import Testing
import VixenConfig
import VixenCore
import VixenTestSupport

@testable import VixenCLI

/// Runs real shell commands in a temporary work tree and captures what they stream.
@Suite struct TestCommandRunnerTests {
    let workTree: TemporaryDirectory
    let captured = RulesTestConsole()

    init() throws {
        workTree = try TemporaryDirectory(prefix: "vixen-gate-test-runner")
        try FileManager.default.createDirectory(
            at: workTree.url.appendingPathComponent("backend"), withIntermediateDirectories: true)
    }

    private func run(_ command: String, directory: String = "backend") throws(RunFailure) -> ComponentTestRun {
        let runner = TestCommandRunner(
            workTree: workTree.url, environment: ["PATH": "/usr/bin:/bin"], console: captured.console,
            language: .english)
        return try runner.run(Configuration.TestCommand(component: .backend, command: command, directory: directory))
    }

    @Test func failingCommandStreamsBothOutputs() throws {
        let result = try run("echo out; echo err >&2; echo \"$(basename \"$PWD\")\"; exit 4")
        #expect(result.exitStatus == 4)
        #expect(result.passed == false)
        #expect(result.component == .backend)
        #expect(result.directory == "backend")
        #expect(result.milliseconds >= 0)
        #expect(
            captured.error
                == "==> Running the BE tests: echo out; echo err >&2; echo \"$(basename \"$PWD\")\"; exit 4 (in backend)\nout\nerr\nbackend\n"
        )
        #expect(captured.output == "")
    }

    @Test func passingCommandAtRoot() throws {
        let result = try run("test -d backend", directory: "")
        #expect(result.exitStatus == 0)
        #expect(result.passed == true)
        #expect(result.displayDirectory == ".")
    }

    @Test func standardInputIsEmpty() throws {
        let result = try run("read line; test -z \"$line\"")
        #expect(result.exitStatus == 0)
    }

    @Test func signalGivesShellStatus() throws {
        let result = try run("kill -KILL $$")
        #expect(result.exitStatus == 128 + SIGKILL)
    }

    @Test func missingCommandCannotStart() {
        #expect {
            try run("vixen-no-such-tool --version")
        } throws: { error in
            guard let failure = error as? RunFailure, case .message(let text) = failure else {
                return false
            }
            return text.english
                == "The BE tests cannot start: /bin/sh could not find `vixen-no-such-tool --version` (status 127). "
                + "Install the tool, or fix the command in checklist.tests in .vixen-gate.yml."
        }
    }

    @Test func missingFolderCannotStart() {
        #expect {
            try run("true", directory: "frontend")
        } throws: { error in
            guard let failure = error as? RunFailure, case .message(let text) = failure else {
                return false
            }
            return text.spanish
                == "Las pruebas de BE no pueden empezar: la carpeta \"frontend\" no existe en el árbol de trabajo. "
                + "Corrija checklist.tests en .vixen-gate.yml; la carpeta es relativa a la raíz del repositorio."
        }
        #expect(captured.error == "")
    }
}
