import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs child processes for tests and collects their output.
public enum ProcessRunner {
    /// Seconds a killed child gets to exit after SIGTERM before it receives SIGKILL.
    private static let terminationGrace: TimeInterval = 2

    /// Minimum seconds to wait for the pipes to close once the child has exited or was killed.
    ///
    /// A grandchild that inherited the pipes can hold them open after the child is gone.
    private static let drainGrace: TimeInterval = 5

    /// Runs `executable` with `arguments` and waits for it to exit.
    ///
    /// Standard output and standard error are read on their own threads while the child runs,
    /// so output larger than a pipe buffer cannot block the child. A nonzero exit status is
    /// returned, not thrown. On timeout only the child itself is killed, not the processes
    /// it started.
    ///
    /// NOTE: On Linux, Foundation (swift-corelibs-foundation, Swift 6.3) notices the exit
    /// through a socket that the child's own children inherit. A child that leaves a
    /// background process behind therefore counts as running until that process ends, and
    /// this method throws `timedOut` when that is later than `timeout`.
    ///
    /// - Parameters:
    ///   - executable: A path containing `/`, or a bare name looked up in the `PATH` of
    ///     `environment` (of the test process when `environment` is nil or has no `PATH`).
    ///   - directory: The working directory; the test process's when nil.
    ///   - environment: The child's complete environment; the test process's when nil.
    ///   - stdin: Text written to standard input, which is then closed. When nil, standard
    ///     input reads from `/dev/null`.
    ///   - timeout: Seconds the child may run before it is sent SIGTERM, then SIGKILL.
    /// - Throws: ``ProcessRunnerError/executableNotFound(name:searchPath:)``,
    ///   ``ProcessRunnerError/timedOut(command:seconds:stdout:stderr:)``,
    ///   ``ProcessRunnerError/pipesLeftOpen(command:)``, or the error of a failed launch.
    public static func run(
        _ executable: String,
        _ arguments: [String] = [],
        in directory: URL? = nil,
        environment: [String: String]? = nil,
        stdin: String? = nil,
        timeout: TimeInterval = 60
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = try resolve(executable, environment: environment)
        process.arguments = arguments
        if let directory {
            process.currentDirectoryURL = directory
        }
        if let environment {
            process.environment = environment
        }

        let outputPipe = Pipe()
        let errorPipe = Pipe()
        let inputPipe = stdin.map { _ in Pipe() }
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe ?? FileHandle.nullDevice

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }

        try launch(process)
        let deadline = DispatchTime.now() + timeout
        let outputReader = PipeReader(reading: outputPipe.fileHandleForReading)
        let errorReader = PipeReader(reading: errorPipe.fileHandleForReading)
        let inputWritten = DispatchSemaphore(value: 0)
        if let inputPipe, let stdin {
            writeInBackground(Data(stdin.utf8), to: inputPipe.fileHandleForWriting, then: inputWritten)
        } else {
            inputWritten.signal()
        }

        let command = [executable] + arguments
        guard exited.wait(timeout: deadline) == .success else {
            stop(process, exited: exited)
            let drainDeadline = DispatchTime.now() + drainGrace
            throw ProcessRunnerError.timedOut(
                command: command,
                seconds: timeout,
                stdout: outputReader.wait(until: drainDeadline) ?? "",
                stderr: errorReader.wait(until: drainDeadline) ?? ""
            )
        }

        // The writer is waited for too, so that no thread still writes once this returns.
        let drainDeadline = max(deadline, DispatchTime.now() + drainGrace)
        guard let stdout = outputReader.wait(until: drainDeadline),
            let stderr = errorReader.wait(until: drainDeadline),
            inputWritten.wait(timeout: drainDeadline) == .success
        else {
            throw ProcessRunnerError.pipesLeftOpen(command: command)
        }
        return ProcessResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Returns the URL of `executable`, searching `PATH` when the name has no `/`.
    static func resolve(_ executable: String, environment: [String: String]?) throws -> URL {
        if executable.contains("/") {
            return URL(fileURLWithPath: executable)
        }
        let searchPath =
            environment?["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(executable)
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw ProcessRunnerError.executableNotFound(name: executable, searchPath: searchPath)
    }

    /// Writes `data` and closes the handle on a dedicated thread, so a child that fills its
    /// output pipe before reading all of its input cannot block the caller.
    ///
    /// Writing to a child that exited without reading its input raises SIGPIPE, whose default
    /// action ends the whole test process. The thread blocks SIGPIPE for itself only, so the
    /// write fails with EPIPE instead. Ignoring the signal process-wide would also make every
    /// later child inherit the ignored disposition, which changes how pipelines such as
    /// `yes | head` end.
    private static func writeInBackground(_ data: Data, to handle: FileHandle, then done: DispatchSemaphore) {
        let thread = Thread {
            var brokenPipe = sigset_t()
            sigemptyset(&brokenPipe)
            sigaddset(&brokenPipe, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &brokenPipe, nil)

            // The exit status and output are what the caller checks, so a failed write is dropped.
            try? handle.write(contentsOf: data)
            try? handle.close()
            done.signal()
        }
        thread.start()
    }

    /// Sends SIGTERM, then SIGKILL if the child has not exited within ``terminationGrace``.
    private static func stop(_ process: Process, exited: DispatchSemaphore) {
        process.terminate()
        if exited.wait(timeout: .now() + terminationGrace) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = exited.wait(timeout: .now() + terminationGrace)
        }
    }

    /// Starts `process`, retrying while the kernel reports its executable busy.
    ///
    /// A test that writes a script and runs it can race another test's spawn: the forked child
    /// holds the script's write descriptor until it calls exec, and Linux refuses to run a file
    /// open for writing (ETXTBSY). The window is a few milliseconds, so a short retry closes it.
    private static func launch(_ process: Process) throws {
        var attempt = 0
        while true {
            do {
                try process.run()
                return
            } catch let error as NSError where attempt < 20 && isTextFileBusy(error) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    private static func isTextFileBusy(_ error: NSError) -> Bool {
        if error.domain == NSPOSIXErrorDomain, error.code == Int(ETXTBSY) {
            return true
        }
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError else {
            return false
        }
        return isTextFileBusy(underlying)
    }
}
