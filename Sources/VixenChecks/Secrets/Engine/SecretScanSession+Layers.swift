extension SecretScanSession {
    /// The text that one pass of ``scanWithDecodedBase64(_:decoder:visit:)`` read.
    enum TextLayer: Equatable {
        /// The text as given.
        case direct
        /// A base64 blob of the text, decoded one level. `blob` is its range in the text as given.
        case decoded(blob: Range<Int>)
    }

    /// Scans `text`, then each base64 blob in it that decodes to printable text, and calls `visit`
    /// once per pass with its matches and the text their ranges index.
    ///
    /// The check of added lines and the fingerprints of whole files both scan through here, so
    /// they find the same secrets. The direct pass comes first, then the
    /// blobs in text order. `decoder` carries the budget of decoded bytes across calls, so a
    /// caller scanning several parts of one file passes the same decoder to each. The decoded
    /// text given to `visit` is valid only during that call.
    func scanWithDecodedBase64(
        _ text: UnsafeBufferPointer<UInt8>, decoder: inout Base64Decoder,
        visit: (_ matches: [SecretMatch], _ scanned: UnsafeBufferPointer<UInt8>, _ layer: TextLayer) -> Void
    ) throws(SecretsError) {
        visit(try scan(text), text, .direct)
        for blob in Base64Blob.find(in: text) {
            guard let plain = decoder.decodeText(blob) else {
                continue
            }
            try plain.withUnsafeBufferPointer { plainText throws(SecretsError) in
                visit(try scan(plainText), plainText, .decoded(blob: blob.range))
            }
        }
    }
}
