import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program without a shell and collects its output.
enum ToolProcess {
    /// Seconds the pipes may stay open after the child exited, which happens when a process it
    /// started in the background inherited them.
    private static let drainGrace: TimeInterval = 5

    /// Seconds a child gets to exit after SIGTERM, on cancellation, before it receives SIGKILL.
    private static let terminationGrace: TimeInterval = 5

    /// Runs `invocation` and waits for it to exit.
    ///
    /// Standard input reads from `/dev/null`, so a tool that would ask a question gets end-of-file
    /// instead of waiting. A nonzero exit status is returned, not thrown. When `cancellation` is cancelled while the
    /// child runs, the child gets SIGTERM, then SIGKILL after a grace period, and its result is
    /// returned as usual: the caller decides what a cancelled step means.
    ///
    /// - Parameter lineSink: Receives each line of both output streams as it arrives; the whole
    ///   output is returned either way.
    /// - Throws: ``PostgresError/launchFailed(tool:reason:)`` when the program cannot start.
    static func run(
        _ invocation: ToolInvocation, lineSink: LineSink? = nil, cancellation: Cancellation? = nil
    ) throws(PostgresError) -> ToolResult {
        let process = Process()
        process.executableURL = invocation.executable
        process.arguments = invocation.arguments
        process.environment = invocation.environment
        if let workingDirectory = invocation.workingDirectory {
            process.currentDirectoryURL = workingDirectory
        }
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        if let reason = launch(process) {
            throw .launchFailed(tool: invocation.executable.path, reason: reason)
        }
        let outputReader = OutputReader(reading: outputPipe.fileHandleForReading, lineSink: lineSink)
        let errorReader = OutputReader(reading: errorPipe.fileHandleForReading, lineSink: lineSink)

        let token = cancellation?.addHandler { stop(process, exited: exited) }
        exited.wait()
        exited.signal()
        if let cancellation, let token {
            cancellation.removeHandler(token)
        }

        let drainDeadline = DispatchTime.now() + drainGrace
        let stdout = outputReader.wait(until: drainDeadline)
        let stderr = errorReader.wait(until: drainDeadline)
        return ToolResult(status: exitStatus(of: process), stdout: stdout, stderr: stderr)
    }

    /// Starts `process` on a new thread with no signals blocked, and returns why it could not
    /// start, or nil.
    ///
    /// A child inherits the signal mask of the thread that starts it, and Foundation does not
    /// reset it. Dispatch worker threads, where Swift concurrency and test runners call from,
    /// block signals, so a child started there would ignore SIGTERM and Ctrl-C.
    private static func launch(_ process: Process) -> String? {
        let launch = LaunchAttempt(process)
        let thread = Thread {
            var empty = sigset_t()
            sigemptyset(&empty)
            pthread_sigmask(SIG_SETMASK, &empty, nil)
            launch.run()
        }
        thread.start()
        return launch.waitForFailure()
    }

    private static func exitStatus(of process: Process) -> Int32 {
        switch process.terminationReason {
        case .exit: process.terminationStatus
        case .uncaughtSignal: 128 + process.terminationStatus
        @unknown default: process.terminationStatus
        }
    }

    /// Sends SIGTERM, then SIGKILL if the child has not exited within ``terminationGrace``.
    ///
    /// Only the child itself is signalled: a shell's own children may go on running, which is why
    /// a scratch database is dropped with `WITH (FORCE)` where the server supports it.
    private static func stop(_ process: Process, exited: DispatchSemaphore) {
        guard process.isRunning else {
            return
        }
        process.terminate()
        if exited.wait(timeout: .now() + terminationGrace) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
        } else {
            exited.signal()
        }
    }
}

/// One start of a process on another thread, and its outcome.
private final class LaunchAttempt: @unchecked Sendable {
    private let process: Process
    private let done = DispatchSemaphore(value: 0)
    // Written before `done` is signalled and read after it is waited for.
    private var failure: String?

    init(_ process: Process) {
        self.process = process
    }

    func run() {
        do {
            try process.run()
        } catch {
            failure = error.localizedDescription
        }
        done.signal()
    }

    func waitForFailure() -> String? {
        done.wait()
        return failure
    }
}
