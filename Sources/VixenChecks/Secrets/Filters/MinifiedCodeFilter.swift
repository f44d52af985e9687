/// Generic rules in minified code and source maps.
///
/// A minified bundle puts a whole program on a few very long lines, with its identifiers shortened
/// and its string tables inlined, so assignments such as `password:"..."` appear with values that
/// are code, not credentials. The files are recognized by name (`*.min.js`, `*.min.css`, `*.map`
/// and the like). A line of any other file counts as minified when three things hold. It is at
/// least ``minimumLineLength`` bytes long, less than a tenth of it is spaces or tabs, and at least
/// one byte in fifty is code punctuation (`;`, `,`, `(`, `)`, `{`, `}`). Prose and ordinary code
/// have more whitespace than that, and a long token or base64 line has no punctuation, so generic
/// rules still see those. Provider rules apply in minified code too.
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

    /// Returns whether `line` is long, has less than 10% spaces and tabs, and at least 2% code
    /// punctuation.
    static func isDense(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= minimumLineLength else {
            return false
        }
        var blanks = 0
        var punctuation = 0
        for byte in line {
            if ByteClass.isBlank(byte) {
                blanks += 1
            } else if codePunctuation.contains(byte) {
                punctuation += 1
            }
        }
        return blanks * 10 < line.count && punctuation * 50 >= line.count
    }

    private static let codePunctuation: Set<UInt8> = Set(";,(){}".utf8)
}
