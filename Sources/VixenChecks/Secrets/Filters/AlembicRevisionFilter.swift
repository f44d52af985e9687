/// Alembic revision identifiers under a generic rule: `revision = '1a2b3c4d5e6f'`,
/// `down_revision`, `branch_labels`, `depends_on`, and the `Revision ID:` and `Revises:` lines of
/// a migration's docstring.
///
/// A revision id is a random hex string that names a migration, which entropy-based rules take
/// for a key. The filter needs the line to assign or state one of these names, so the value's
/// own shape does not matter: Alembic also accepts hand-written ids.
struct AlembicRevisionFilter: FalseAlarmFilter {
    /// The module-level names of an Alembic revision script whose values are revision ids.
    static let names: Set<String> = ["revision", "down_revision", "branch_labels", "depends_on"]
    /// The docstring labels Alembic's template writes before revision ids.
    static let docstringLabels = [Array("Revision ID:".utf8), Array("Revises:".utf8)]

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        guard candidate.rule.isGeneric else {
            return false
        }
        let prefix = candidate.prefix
        var start = 0
        while start < prefix.count, ByteClass.isBlank(prefix[start]) {
            start += 1
        }
        let rest = UnsafeBufferPointer(rebasing: prefix[start...])
        if Self.docstringLabels.contains(where: { rest.starts(with: $0) }) {
            return true
        }
        return Self.assignsRevision(rest)
    }

    /// Returns whether `text` starts with one of ``names`` followed by `=` or a `:` annotation.
    private static func assignsRevision(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = 0
        while end < text.count, ByteClass.isIdentifier(text[end]) {
            end += 1
        }
        guard names.contains(String(decoding: text[..<end], as: UTF8.self)) else {
            return false
        }
        var next = end
        while next < text.count, ByteClass.isBlank(text[next]) {
            next += 1
        }
        return next < text.count && (text[next] == UInt8(ascii: "=") || text[next] == UInt8(ascii: ":"))
    }
}
