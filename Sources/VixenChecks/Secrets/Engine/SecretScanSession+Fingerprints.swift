extension SecretScanSession {
    /// Returns the fingerprints of the distinct secret values in `text`, scanned as one whole file.
    ///
    /// A fingerprint is the one a finding shows (``RedactedSecret/fingerprint``), so a caller can
    /// tell which of a file's secrets an earlier version of the file already had, and keep only the
    /// findings of the new ones. The configured allowlists by path are not applied, because the
    /// same text may sit at several paths.
    ///
    /// `scan --history` reports only the secrets these fingerprints show as new, so this must find
    /// what ``SecretsCheck`` finds in the same text. Both scan through
    /// ``scanWithDecodedBase64(_:decoder:visit:)``, so base64 text is decoded one level in both.
    public func fingerprints(in text: UnsafeRawBufferPointer) throws(SecretsError) -> Set<String> {
        var found = Set<String>()
        var decoder = Base64Decoder()
        try scanWithDecodedBase64(text.assumingMemoryBound(to: UInt8.self), decoder: &decoder) {
            matches, scanned, _ in
            for match in matches {
                let secret = UnsafeBufferPointer(rebasing: scanned[match.secret])
                found.insert(SecretRedaction.redact(secret).redacted.fingerprint)
            }
        }
        return found
    }
}
