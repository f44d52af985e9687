/// A fixture repository operation that failed.
public enum GitFixtureError: Error, Equatable, CustomStringConvertible {
    /// `git` exited with a nonzero status.
    case commandFailed(arguments: [String], status: Int32, stdout: String, stderr: String)
    /// A file operation was requested on a bare repository.
    case noWorkTree(repository: String)
    /// A work tree path was empty, absolute or contained `..`.
    case invalidPath(String)

    public var description: String {
        switch self {
        case .commandFailed(let arguments, let status, let stdout, let stderr):
            return """
                'git \(arguments.joined(separator: " "))' failed with exit status \(status)
                stderr: \(stderr)
                stdout: \(stdout)
                """
        case .noWorkTree(let repository):
            return "the bare repository at \(repository) has no work tree; write files in a clone of it instead"
        case .invalidPath(let path):
            return "invalid work tree path '\(path)'; pass a relative path without '..', such as 'backend/app.py'"
        }
    }
}
