import VixenTestSupport

extension ProcessResult {
    /// Throws unless the process exited with status 0, keeping its output for the failure.
    func requireSuccess() throws {
        guard status == 0 else {
            throw ProcessFailure(status: status, stderr: stderr)
        }
    }
}

/// A helper command that a fixture needed exited with an error.
struct ProcessFailure: Error, CustomStringConvertible {
    let status: Int32
    let stderr: String

    var description: String { "exit status \(status): \(stderr)" }
}
