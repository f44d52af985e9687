import Foundation
import VixenConfig
import VixenCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one component's test command in the work tree and streams its output.
///
/// The command runs with `/bin/sh -c` in its configured folder, with the environment vixen-gate
/// was given and standard input from `/dev/null`. Its standard output and standard error both
/// go to the console's standard error as they arrive, because standard output carries the report.
struct TestCommandRunner {
    /// The work tree's root folder.
    let workTree: URL
    let environment: [String: String]
    let console: Console
    /// The language of the line that announces each command.
    let language: Language

    /// Runs `command` and returns how it ended.
    ///
    /// - Throws: ``RunFailure`` when the command cannot start: its folder is missing, `/bin/sh`
    ///   cannot be launched, or the shell exits with 126 or 127, its statuses for a command it
    ///   cannot run or find. A test failure is not thrown; it is the returned run's status.
    func run(_ command: Configuration.TestCommand) throws(RunFailure) -> ComponentTestRun {
        let component = command.component.name
        let folder = command.directory.isEmpty ? workTree : workTree.appendingPathComponent(command.directory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .message(Catalog.checklistTestsDirectoryMissing(component: component, directory: command.directory))
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command.command]
        process.currentDirectoryURL = folder
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice

        let directory = command.directory.isEmpty ? "." : command.directory
        console.writeError(
            Catalog.checklistTestsStarting(component: component, command: command.command, directory: directory)(
                language) + "\n")
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try process.run()
        } catch {
            throw .message(
                Catalog.checklistTestsLaunchFailed(
                    component: component, command: command.command, reason: error.localizedDescription))
        }
        stream(output.fileHandleForReading)
        process.waitUntilExit()
        let elapsed = clock.now - start

        let status = exitStatus(of: process)
        if status == 126 || status == 127 {
            throw .message(
                Catalog.checklistTestsCommandNotFound(component: component, command: command.command, status: status))
        }
        let (seconds, attoseconds) = elapsed.components
        return ComponentTestRun(
            component: command.component, command: command.command, directory: command.directory, exitStatus: status,
            milliseconds: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// Copies the pipe to standard error until every writer has closed it.
    ///
    /// It reads with `read(2)` rather than `FileHandle.availableData`, which stops the process
    /// when a signal interrupts the read (swift-corelibs-foundation, Swift 6.3); an interrupted
    /// read is retried.
    // NOTE: a background process that the command starts and leaves running keeps the pipe
    // open, so the run waits until that process ends too.
    private func stream(_ handle: FileHandle) {
        var decoder = UTF8ChunkDecoder()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR {
                continue
            }
            guard count > 0 else {
                break
            }
            console.writeError(decoder.decode(Array(buffer[..<count])))
        }
        let rest = decoder.finish()
        if !rest.isEmpty {
            console.writeError(rest)
        }
    }

    /// Returns the exit status, or 128 plus the signal number for a command a signal ended.
    private func exitStatus(of process: Process) -> Int32 {
        switch process.terminationReason {
        case .exit: process.terminationStatus
        case .uncaughtSignal: 128 + process.terminationStatus
        @unknown default: process.terminationStatus
        }
    }
}
