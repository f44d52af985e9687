import Foundation
import VixenCore

/// A file that could not be read or written, with the system's description of the error.
struct FileAccessError: Error, Sendable, Equatable {
    /// The text of `strerror`, such as "No such file or directory".
    let reason: String
    /// The `errno` value, such as `ENOENT`, or 0 when unknown.
    var code: Int32 = 0

    /// The error of the last failed system call.
    static var current: FileAccessError {
        let code = errno
        return FileAccessError(reason: String(cString: strerror(code)), code: code)
    }

    /// The reason in both languages: translated for the common errno values, else the system's text.
    var localizedReason: LocalizedText {
        switch code {
        case ENOENT: Catalog.systemNoSuchFile(reason)
        case EACCES: Catalog.systemPermissionDenied(reason)
        case EISDIR: Catalog.systemIsDirectory(reason)
        case EROFS: Catalog.systemReadOnlyFileSystem(reason)
        default: Catalog.systemOtherError(reason)
        }
    }
}

/// Reads and writes whole files through POSIX calls, so a failure carries the system's own reason.
///
/// Paths that are not absolute are taken relative to `directory`, the run's current directory, rather
/// than to the process's, so that tests need not change the process's directory.
enum FileAccess {
    static func readAll(_ path: String, relativeTo directory: String) throws(FileAccessError) -> [UInt8] {
        let descriptor = open(absolute(path, relativeTo: directory), O_RDONLY)
        guard descriptor >= 0 else {
            throw .current
        }
        defer { close(descriptor) }

        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR {
                continue
            }
            guard count >= 0 else {
                throw .current
            }
            if count == 0 {
                return bytes
            }
            bytes += buffer[..<count]
        }
    }

    /// Writes `text` as UTF-8, replacing the file's contents or appending to them.
    ///
    /// A missing file is created with mode 0644 before the umask. The folder must exist.
    static func store(_ text: String, at path: String, relativeTo directory: String, appending: Bool)
        throws(FileAccessError)
    {
        let flags = O_WRONLY | O_CREAT | (appending ? O_APPEND : O_TRUNC)
        let descriptor = open(absolute(path, relativeTo: directory), flags, 0o644)
        guard descriptor >= 0 else {
            throw .current
        }

        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR {
                continue
            }
            guard count >= 0 else {
                let error = FileAccessError.current
                close(descriptor)
                throw error
            }
            offset += count
        }
        // A full disk or a network file system may report a failed write only when the file is closed.
        guard close(descriptor) == 0 else {
            throw .current
        }
    }

    /// Returns the file's size in bytes, or nil when it does not exist or cannot be examined.
    static func size(of path: String, relativeTo directory: String) -> Int? {
        var status = stat()
        guard stat(absolute(path, relativeTo: directory), &status) == 0 else {
            return nil
        }
        return Int(status.st_size)
    }

    /// Returns the absolute path of the file with `.` and `..` removed and symbolic links in its folder
    /// resolved, so that two spellings of one file compare equal.
    static func canonicalPath(_ path: String, relativeTo directory: String) -> String {
        let url = URL(fileURLWithPath: absolute(path, relativeTo: directory)).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return folder.appendingPathComponent(url.lastPathComponent).path
    }

    private static func absolute(_ path: String, relativeTo directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }
}
