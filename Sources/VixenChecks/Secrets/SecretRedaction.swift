import VixenCore

/// Turns a secret's bytes into what a report may show of it.
enum SecretRedaction {
    /// Hex digits of the fingerprint; 12 tell secrets apart in one report without making the
    /// hash easy to match against a list of known keys.
    static let fingerprintLength = 12

    /// Returns the full SHA-256 of the value, to tell equal secrets apart, and its redacted form.
    ///
    /// - Parameter baselineSalt: The salt of the baseline the findings are compared with or
    ///   written to; with it, the redacted form carries the value's ``BaselineSecretHash``.
    static func redact(
        _ secret: UnsafeBufferPointer<UInt8>, baselineSalt: [UInt8]? = nil
    ) -> (digest: String, redacted: RedactedSecret) {
        let digest = SHA256.hexHash(secret)
        let text = String(decoding: secret, as: UTF8.self)
        let redacted = RedactedSecret(
            length: text.count, fingerprint: String(digest.prefix(fingerprintLength)),
            prefix: String(text.prefix(RedactedSecret.prefixLength)),
            baselineHash: baselineSalt.map { BaselineSecretHash.hash(secret, salt: $0) })
        return (digest, redacted)
    }
}
