import Foundation

/// A failed system call on a path a scan reads, with the error number and the system's description.
struct SystemCallError: Error, Sendable, Equatable {
    /// The `errno` value, such as `ENOENT`.
    let code: Int32
    /// The text of `strerror`, such as "No such file or directory".
    let reason: String

    /// The error of the last failed system call.
    static var current: SystemCallError {
        let code = errno
        return SystemCallError(code: code, reason: String(cString: strerror(code)))
    }
}
