import Foundation
import VixenCore

/// Runs a shell command without a database, such as a component's tests, and keeps its output.
///
/// NOTE: there is no timeout. A command that never ends holds the deployment, and its lock, until
/// the CI job's own time limit stops the runner.
enum ShellProcess {
    static func run(_ command: String, in directory: URL, environment: [String: String])
        throws(CommandLaunchError) -> CommandOutcome
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandLaunchError(command: command, reason: Catalog.runnerFolderMissing(directory.path))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        // One pipe for both streams keeps the lines in the order the command wrote them.
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            throw CommandLaunchError(command: command, reason: Catalog.runnerLaunchFailed(error.localizedDescription))
        }
        // Reading to the end before waiting keeps a command with much output from blocking on a
        // full pipe.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandOutcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
