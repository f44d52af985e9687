import Foundation

/// A child process that could not be found or did not finish in time.
public enum ProcessRunnerError: Error, Equatable, CustomStringConvertible {
    /// No executable file of that name is in any folder of the search path.
    case executableNotFound(name: String, searchPath: String)
    /// The process ran longer than the timeout and was killed. Contains the output it wrote, or
    /// empty text when its pipes stayed open after the kill.
    case timedOut(command: [String], seconds: TimeInterval, stdout: String, stderr: String)
    /// The process exited, but its standard streams stayed open past the timeout, usually
    /// because a background process it started inherited them.
    case pipesLeftOpen(command: [String])

    public var description: String {
        switch self {
        case .executableNotFound(let name, let searchPath):
            return "executable '\(name)' not found in PATH '\(searchPath)'; install it or pass its absolute path"
        case .timedOut(let command, let seconds, let stdout, let stderr):
            return """
                '\(command.joined(separator: " "))' timed out after \(seconds) s and was killed; \
                raise the timeout if the command is expected to take longer
                stdout: \(stdout)
                stderr: \(stderr)
                """
        case .pipesLeftOpen(let command):
            return """
                '\(command.joined(separator: " "))' exited but its output or input pipe stayed open; \
                redirect the standard streams of any background process it starts
                """
        }
    }
}
