import CLibGit2
import Foundation

/// Reads the `shallow` file, which lists the commits whose parents a shallow clone left out.
///
/// libgit2 1.5.1 has no grafts, so any walk that reaches one of these commits fails when it
/// looks up a missing parent. The walkers in this module stop at them instead.
enum ShallowFile {
    static func read(in commonDirectory: String) -> Set<OIDKey> {
        let url = URL(fileURLWithPath: commonDirectory).appendingPathComponent("shallow")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return []
        }
        var result = Set<OIDKey>()
        for line in text.split(whereSeparator: \.isNewline) {
            if let oid = git_oid(hex: line.trimmingCharacters(in: .whitespaces)) {
                result.insert(OIDKey(oid))
            }
        }
        return result
    }
}
