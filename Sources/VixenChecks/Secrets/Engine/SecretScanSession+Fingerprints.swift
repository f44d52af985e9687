extension SecretScanSession {
    /// Returns the fingerprints of the distinct secret values in `text`, scanned as one whole file.
    ///
    /// A fingerprint is the one a finding shows (``RedactedSecret/fingerprint``), so a caller can
    /// tell which of a file's secrets an earlier version of the file already had, and keep only the
    /// findings of the new ones. The configured allowlists by path are not applied, because the
    /// same text may sit at several paths.
    ///
    /// `scan --history` reports only the secrets these fingerprints show as new, so this must find
    /// what ``SecretsCheck`` finds in the same text: a step that the check adds, such as decoding,
    /// belongs here too.
    public func fingerprints(in text: UnsafeRawBufferPointer) throws(SecretsError) -> Set<String> {
        let bytes = text.assumingMemoryBound(to: UInt8.self)
        var found = try directFingerprints(in: bytes)
        // The check decodes base64 text one level and scans it again, so a history scan does too.
        var decoder = Base64Decoder()
        for blob in Base64Blob.find(in: bytes) {
            guard let plain = decoder.decodeText(blob) else {
                continue
            }
            try plain.withUnsafeBufferPointer { plainText throws(SecretsError) in
                found.formUnion(try directFingerprints(in: plainText))
            }
        }
        return found
    }

    private func directFingerprints(in bytes: UnsafeBufferPointer<UInt8>) throws(SecretsError) -> Set<String> {
        var found = Set<String>()
        for match in try scan(bytes) {
            let secret = UnsafeBufferPointer(rebasing: bytes[match.secret])
            found.insert(SecretRedaction.redact(secret).redacted.fingerprint)
        }
        return found
    }
}
