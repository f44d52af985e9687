import CLibGit2
import VixenCore

/// Gathers the added lines libgit2 reports through its diff callbacks.
///
/// libgit2 calls back through C function pointers, so the collector travels as the callbacks'
/// payload pointer; it must outlive the libgit2 call that uses it.
final class AddedLineCollector {
    var builder = AddedTextBuilder()

    /// The line callback for `git_diff_blobs`, `git_diff_foreach` and `git_patch` walks.
    static let lineCallback: git_diff_line_cb = { _, _, line, payload in
        guard let line, let payload else {
            return 0
        }
        guard line.pointee.origin == CChar(UInt8(ascii: "+")) else {
            return 0
        }
        let collector = Unmanaged<AddedLineCollector>.fromOpaque(payload).takeUnretainedValue()
        let content = UnsafeRawBufferPointer(start: line.pointee.content, count: line.pointee.content_len)
        collector.builder.append(number: Int(line.pointee.new_lineno), content: content)
        return 0
    }

    var payload: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// Adds every line of `content`, numbered from 1, for a file that is new as a whole.
    func appendAllLines(of content: UnsafeRawBufferPointer) {
        var number = 1
        var start = 0
        while start < content.count {
            let end: Int
            if let newline = content[start...].firstIndex(of: 0x0A) {
                end = newline + 1
            } else {
                end = content.count
            }
            builder.append(number: number, content: UnsafeRawBufferPointer(rebasing: content[start..<end]))
            number += 1
            start = end
        }
    }
}
