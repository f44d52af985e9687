/// Subresource integrity strings and prefixed digests: `sha512-<base64>`, `sha256:<hex>`.
///
/// npm, Yarn, pnpm and HTML `integrity` attributes write a package's digest as
/// `sha1-`/`sha256-`/`sha384-`/`sha512-` followed by base64, and uv, Poetry and container
/// registries write `sha256:` followed by hex. A value that is such a digest, or part of one, is
/// a hash of public content, so every rule's match there is dropped.
struct IntegrityHashFilter: FalseAlarmFilter {
    static let algorithms = ["sha1", "sha256", "sha384", "sha512"]

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        let line = candidate.line
        // The digest's first character: walk back over the digest's alphabet from the secret.
        var start = candidate.secret.lowerBound
        while start > 0, Base64Alphabet.isDigestCharacter(line[start - 1]) {
            start -= 1
        }
        // The algorithm name ends right before the digest, or starts the secret itself.
        return Self.hasAlgorithmPrefix(line, endingAt: start)
            || Self.startsWithAlgorithm(UnsafeBufferPointer(rebasing: line[start...]))
    }

    /// Returns whether `shaNNN-` or `shaNNN:` ends at `end`, as a whole word.
    private static func hasAlgorithmPrefix(_ line: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        for algorithm in algorithms {
            let length = algorithm.utf8.count + 1
            guard end >= length else {
                continue
            }
            let start = end - length
            let isWordStart = start == 0 || !ByteClass.isIdentifier(line[start - 1])
            if isWordStart, startsWith(algorithm, UnsafeBufferPointer(rebasing: line[start..<end])) {
                return true
            }
        }
        return false
    }

    private static func startsWithAlgorithm(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        algorithms.contains { startsWith($0, text) }
    }

    /// Returns whether `text` starts with `algorithm` followed by `-` or `:`, ignoring case.
    private static func startsWith(_ algorithm: String, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let name = Array(algorithm.utf8)
        guard text.count > name.count else {
            return false
        }
        for (index, byte) in name.enumerated() where ByteClass.lowercased(text[index]) != byte {
            return false
        }
        let separator = text[name.count]
        return separator == UInt8(ascii: "-") || separator == UInt8(ascii: ":")
    }
}
