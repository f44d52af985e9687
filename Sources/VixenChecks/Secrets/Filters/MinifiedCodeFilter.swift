/// Generic rules in minified code and source maps.
///
/// A minified bundle puts a whole program on a few very long lines, with its identifiers shortened
/// and its string tables inlined, so assignments such as `password:"..."` appear with values that
/// are code, not credentials. The files are recognized by name (`*.min.js`, `*.min.css`, `*.map`
/// and the like), and any other line counts as minified when it is at least
/// ``minimumLineLength`` bytes long and less than a tenth of it is spaces or tabs. Prose and
/// ordinary code have more whitespace than that. Provider rules still apply in these files.
struct MinifiedCodeFilter: FalseAlarmFilter {
    static let minifiedSuffixes = [".min.js", ".min.mjs", ".min.cjs", ".min.css", ".map"]
    /// The shortest line, in bytes, that counts as minified by its shape.
    static let minimumLineLength = 1_000

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        guard candidate.rule.isGeneric else {
            return false
        }
        let name = candidate.fileName
        return Self.minifiedSuffixes.contains { name.hasSuffix($0) } || Self.isDense(candidate.line)
    }

    /// Returns whether `line` is long and has less than 10% spaces and tabs.
    static func isDense(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= minimumLineLength else {
            return false
        }
        let whitespace = line.reduce(0) { $1 == UInt8(ascii: " ") || $1 == UInt8(ascii: "\t") ? $0 + 1 : $0 }
        return whitespace * 10 < line.count
    }
}
