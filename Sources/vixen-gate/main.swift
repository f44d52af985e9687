import Foundation
import VixenCLI

let status = VixenGate.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    currentDirectory: FileManager.default.currentDirectoryPath,
    console: .standard)
exit(status)
