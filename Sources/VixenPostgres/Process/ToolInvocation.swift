import Foundation

/// One run of a program, described without a shell: the arguments reach it exactly as given.
struct ToolInvocation: Sendable {
    let executable: URL
    let arguments: [String]
    /// The complete environment of the child.
    let environment: [String: String]
    /// The child's working directory, or the current one when nil.
    var workingDirectory: URL?

    /// The program's file name, such as `pg_dump`, for messages.
    var toolName: String { executable.lastPathComponent }
}

/// The exit status and output of a finished tool.
struct ToolResult: Sendable, Equatable {
    /// The exit code, or 128 plus the signal number when a signal ended the tool, as shells report it.
    let status: Int32
    let stdout: String
    let stderr: String

    var succeeded: Bool { status == 0 }
}
