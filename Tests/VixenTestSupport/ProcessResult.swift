/// The exit status and output of a finished child process.
public struct ProcessResult: Sendable, Equatable {
    /// The exit code, or the signal number when a signal ended the process.
    public let status: Int32
    /// Standard output decoded as UTF-8, with invalid bytes replaced by U+FFFD.
    public let stdout: String
    /// Standard error decoded as UTF-8, with invalid bytes replaced by U+FFFD.
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}
