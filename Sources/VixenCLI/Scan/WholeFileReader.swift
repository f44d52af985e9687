import Foundation
import VixenCore

/// Reads a whole file into the form the checks read: every line as an added line, or the fact that
/// the file is binary or over the size limit.
struct WholeFileReader {
    /// Files larger than this many bytes are not kept, and are reported as too large.
    let maxFileSize: Int64

    /// Reads the file at `path`, which `displayPath` names in findings.
    ///
    /// A regular file over the limit is not read at all. Anything else, such as a pipe named on the
    /// command line, is read to its end, keeping at most the limit plus one byte.
    func load(_ path: FileSystemPath, displayPath: String) throws(SystemCallError) -> FileChange {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw .current
        }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .current
        }
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        if isRegular, Int64(status.st_size) > maxFileSize {
            return tooLarge(displayPath, size: Int64(status.st_size))
        }
        let (bytes, size) = try readAll(descriptor)
        return fileChange(bytes, size: size, displayPath: displayPath)
    }

    /// Builds the change of a file whose bytes are already read, such as standard input.
    ///
    /// - Parameter size: The file's whole size, which may exceed `bytes.count` when only the first
    ///   bytes were kept.
    func fileChange(_ bytes: [UInt8], size: Int64, displayPath: String) -> FileChange {
        guard size <= maxFileSize else {
            return tooLarge(displayPath, size: size)
        }
        let content: FileChange.Content = Self.isBinary(bytes) ? .binary : .text(Self.addedText(bytes))
        return FileChange(path: displayPath, status: .added, content: content, size: size)
    }

    private func tooLarge(_ displayPath: String, size: Int64) -> FileChange {
        FileChange(path: displayPath, status: .added, content: .tooLarge(limit: maxFileSize), size: size)
    }

    /// Reads to the end, keeping the first `maxFileSize + 1` bytes and counting the rest.
    private func readAll(_ descriptor: Int32) throws(SystemCallError) -> (bytes: [UInt8], size: Int64) {
        var bytes: [UInt8] = []
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR {
                continue
            }
            guard count >= 0 else {
                throw .current
            }
            if count == 0 {
                return (bytes, size)
            }
            size += Int64(count)
            let room = Int(max(0, maxFileSize + 1 - Int64(bytes.count)))
            bytes += buffer[..<min(count, room)]
        }
    }

    /// Returns whether git would call the content binary, because of a NUL byte in its first 8,000
    /// bytes.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8000).contains(0)
    }

    /// Returns every line of `bytes` as an added line numbered from 1, each with its line ending.
    ///
    /// Lines end at LF only, so a CRLF line keeps its CR, as git's diff keeps it.
    static func addedText(_ bytes: [UInt8]) -> AddedText {
        var lines: [AddedText.Line] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            lines.append(AddedText.Line(number: lines.count + 1, range: start..<end))
            start = end
        }
        return AddedText(bytes: bytes, lines: lines)
    }
}
