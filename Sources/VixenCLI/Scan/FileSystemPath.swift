import Foundation

/// A path on disk as raw bytes, so that a file name that is not valid UTF-8 can still be opened.
///
/// Reports show paths as strings, with invalid UTF-8 replaced by U+FFFD; the bytes are what the
/// system calls get.
struct FileSystemPath: Sendable, Equatable {
    /// The type of file a path names, as `lstat` or `stat` reports it.
    enum Kind: Equatable {
        case file(size: Int64)
        case directory
        case symbolicLink
        /// A FIFO, socket or device.
        case other
    }

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Returns the path of `path` taken relative to `directory` unless it is absolute.
    init(_ path: String, relativeTo directory: String) {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        bytes = Array(absolute.utf8)
    }

    /// Returns the path of the entry `name` in this folder.
    func appending(_ name: [UInt8]) -> FileSystemPath {
        FileSystemPath(bytes + [UInt8(ascii: "/")] + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                // The buffer has at least the terminating NUL, so it has a base address.
                guard let base = characters.baseAddress else {
                    preconditionFailure("a NUL-terminated buffer is never empty")
                }
                return body(base)
            }
        }
    }

    /// Returns what the path names, following a final symbolic link only when `followingLinks` is true.
    func kind(followingLinks: Bool) throws(SystemCallError) -> Kind {
        var status = stat()
        let code = withCString { followingLinks ? stat($0, &status) : lstat($0, &status) }
        guard code == 0 else {
            throw .current
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int64(status.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Returns the names in this folder, without `.` and `..`, sorted by their bytes so that a scan
    /// lists files in the same order on every run.
    func entryNames() throws(SystemCallError) -> [[UInt8]] {
        guard let directory = withCString({ opendir($0) }) else {
            throw .current
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                guard errno == 0 else {
                    throw .current
                }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] {
                names.append(name)
            }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Returns the absolute path with symbolic links and `..` resolved, or nil when it cannot be resolved.
    func resolved() -> FileSystemPath? {
        guard let real = withCString({ realpath($0, nil) }) else {
            return nil
        }
        defer { free(real) }
        return FileSystemPath(Array(UnsafeRawBufferPointer(start: real, count: strlen(real))))
    }

    /// The path as text, with invalid UTF-8 replaced by U+FFFD.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
