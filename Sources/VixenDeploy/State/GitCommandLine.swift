import Foundation

/// Runs the `git` program, for the network part of sharing the deploy state.
///
/// Only `git fetch` and `git push` run here, because git brings the transports, credential
/// helpers and SSH set-up that a CI runner already has. Every read and write of references and
/// notes goes through libgit2 instead.
struct GitCommandLine: Sendable {
    /// The output of one run of git.
    struct Result: Sendable {
        let status: Int32
        let output: String
        let errorOutput: String
    }

    /// The folder git runs in: the work tree, or the git folder of a bare repository.
    let directory: String
    /// The environment of the git process: the caller's, with prompts for credentials turned off
    /// so that a CI job fails instead of waiting for input.
    let environment: [String: String]

    init(directory: String, environment: [String: String]) {
        self.directory = directory
        var environment = environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        self.environment = environment
    }

    /// Runs `git` with `arguments` and waits for it to exit.
    ///
    /// NOTE: there is no timeout, so a remote that never answers holds the run, and the lock it
    /// took, until git itself gives up.
    ///
    /// - Throws: The error of a failed launch, such as a missing `git` program.
    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()

        // Standard error is read on its own thread so that neither pipe can fill and stall git.
        let errorData = ErrorOutputBox()
        let reader = Thread {
            errorData.store(errors.fileHandleForReading.readDataToEndOfFile())
        }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = errorData.wait()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errorOutput: String(decoding: errorText, as: UTF8.self))
    }
}

/// Hands the standard error bytes from the reading thread to the waiting one.
private final class ErrorOutputBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the reader before `done` is signalled, read only after waiting on it.
    private var data = Data()

    func store(_ data: Data) {
        self.data = data
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
