/// The checks a confirmed secret must pass before one rule reports it.
///
/// The rule's own stopwords and allowlist come first, then the configuration's, then the
/// built-in placeholder checks, so `rules check` names the most specific reason.
struct SecretFilter {
    let minEntropy: Double?
    /// Lowercase words.
    let stopwords: [String]
    let allowlist: [PCRE2Pattern]

    /// Returns why `secret` is not reported, or nil when it passes every check.
    func rejection(of secret: UnsafeBufferPointer<UInt8>, matcher: PCRE2Matcher) -> SecretRejection? {
        if let minEntropy {
            let entropy = ShannonEntropy.bitsPerByte(secret)
            if entropy < minEntropy {
                return .lowEntropy(entropy, minimum: minEntropy)
            }
        }
        if !stopwords.isEmpty {
            let lowered = String(decoding: secret, as: UTF8.self).lowercased()
            if let stopword = stopwords.first(where: { lowered.contains($0) }) {
                return .stopword(stopword)
            }
        }
        if let pattern = allowlist.first(where: { matcher.matches($0, in: secret) }) {
            return .allowlisted(pattern: pattern.pattern)
        }
        if let reason = PlaceholderFilter.reason(for: secret) {
            return .placeholder(reason)
        }
        return nil
    }
}
