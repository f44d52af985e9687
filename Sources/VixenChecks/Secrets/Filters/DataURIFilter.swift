/// The payload of a base64 data URI, `data:image/png;base64,iVBORw0...`.
///
/// Stylesheets, HTML, SVG and bundles inline images and fonts this way. The payload is file
/// content, so no rule's match inside it is reported, and the base64 decoder leaves it alone.
struct DataURIFilter: FalseAlarmFilter {
    /// The marker that ends a data URI's header, in lowercase.
    static let marker = Array(";base64,".utf8)

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        var start = candidate.secret.lowerBound
        while start > 0, Base64Alphabet.isPayloadCharacter(candidate.line[start - 1]) {
            start -= 1
        }
        return Self.isPayload(candidate.line, startingAt: start)
    }

    /// Returns whether base64 text starting at `start` in `text` is a data URI's payload: the
    /// bytes before it end with `;base64,`, in any case.
    static func isPayload(_ text: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> Bool {
        guard start >= marker.count else {
            return false
        }
        let header = text[(start - marker.count)..<start]
        return zip(header, marker).allSatisfy { ByteClass.lowercased($0) == $1 }
    }
}
