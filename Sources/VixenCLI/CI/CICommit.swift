import VixenCore

/// A commit id that the CI names, with where it came from, so an error can point at its source.
struct CICommit: Sendable, Equatable {
    /// The full id in lowercase hex, 40 digits for SHA-1 or 64 for SHA-256.
    let id: String
    /// The variable or event field the id was read from, such as `CI_COMMIT_BEFORE_SHA`.
    let source: LocalizedText

    /// Reads a commit id, or returns nil for git's zero id, which CI systems give when there is no commit.
    ///
    /// Accepts 40 or 64 hex digits in either case and stores them in lowercase.
    ///
    /// - Throws: ``CIError/invalidCommitID(_:source:)`` for any other value.
    static func parse(_ value: String, source: LocalizedText) throws(CIError) -> CICommit? {
        let id = value.lowercased()
        let isHex = id.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
        guard isHex, id.count == 40 || id.count == 64 else {
            throw .invalidCommitID(value, source: source)
        }
        if id.allSatisfy({ $0 == "0" }) {
            return nil
        }
        return CICommit(id: id, source: source)
    }
}
