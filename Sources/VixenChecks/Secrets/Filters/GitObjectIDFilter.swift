/// Git object ids and content digests under a generic rule: 40 or 64 hex digits assigned to a
/// name that says what they are, such as `commit_sha`, `rev`, `checksum` or `digest`.
///
/// Generic rules look at names like `secret` and `token`, and configurations pin commits and
/// files with names like `secret_scanner_commit` or `token_file_sha256`. The name must say so:
/// a bare `SECRET_KEY = "<40 hex digits>"` is still reported, because `token_hex(20)` makes
/// exactly such keys.
struct GitObjectIDFilter: FalseAlarmFilter {
    /// Lengths of SHA-1 and SHA-256 object ids and digests in hex.
    static let lengths: Set<Int> = [40, 64]
    /// Words of the assigned name that mark the value as an object id or a digest.
    static let words: Set<String> = [
        "sha", "sha1", "sha256", "commit", "rev", "revision", "hash", "digest", "checksum", "oid", "etag",
    ]

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        guard candidate.rule.isGeneric, Self.isObjectID(candidate.secretBytes) else {
            return false
        }
        let name = IdentifierWords.assignedName(in: candidate.prefix)
        return IdentifierWords.words(in: name).contains { Self.words.contains($0) }
    }

    /// Returns whether `value` is 40 or 64 hex digits, all lowercase or all uppercase.
    static func isObjectID(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lengths.contains(value.count), value.allSatisfy(ByteClass.isHexDigit) else {
            return false
        }
        let hasLower = value.contains { (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
        let hasUpper = value.contains { (UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0) }
        return !(hasLower && hasUpper)
    }
}
