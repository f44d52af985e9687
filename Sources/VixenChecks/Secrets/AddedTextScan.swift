import VixenConfig
import VixenCore

/// Scans one file's added text: each hunk, then the base64 text in it decoded one level, and
/// drops what the false-alarm filters recognize.
///
/// A secret found in decoded text points at the line where its base64 text starts. When the
/// decoded text contains a secret, a generic rule's match on the encoded characters themselves
/// is dropped, because it names the same value less precisely. Decoding is bounded by
/// ``Base64Decoder/defaultBudget`` for each scanned text, which is one file in one commit.
struct AddedTextScan {
    let scanner: SecretScanner
    let session: SecretScanSession
    let path: String
    let settings: Configuration.Secrets
    let filters: [any FalseAlarmFilter]
    /// The baseline salt the found values are hashed with, or nil for none.
    let baselineSalt: [UInt8]?

    /// The text of one hunk or one decoded blob, with the line numbers its matches report.
    private struct Source {
        let text: UnsafeBufferPointer<UInt8>
        let lines: LineIndex
        /// Returns the new-side line number of the line at an index of ``lines``.
        let lineNumber: (Int) -> Int
        let isEncoded: Bool
    }

    func scan(_ added: AddedText) throws(SecretsError) -> [FoundSecret] {
        var decoder = Base64Decoder()
        var found: [FoundSecret] = []
        try added.bytes.withUnsafeBufferPointer { bytes throws(SecretsError) in
            for hunk in added.hunks {
                let text = UnsafeBufferPointer(rebasing: bytes[hunk.range])
                found += try scan(hunk, text: text, decoder: &decoder)
            }
        }
        return found
    }

    private func scan(
        _ hunk: AddedText.Hunk, text: UnsafeBufferPointer<UInt8>, decoder: inout Base64Decoder
    ) throws(SecretsError) -> [FoundSecret] {
        let lines = LineIndex(starts: hunk.lines.map { $0.range.lowerBound - hunk.range.lowerBound }, end: text.count)
        let lineNumber = { (index: Int) in hunk.lines[hunk.lines.startIndex + index].number }
        let source = Source(text: text, lines: lines, lineNumber: lineNumber, isEncoded: false)

        var direct: [(secret: FoundSecret, range: Range<Int>)] = []
        var decoded: [FoundSecret] = []
        var decodedBlobs: [Range<Int>] = []
        try session.scanWithDecodedBase64(text, decoder: &decoder) { matches, scanned, layer in
            switch layer {
            case .direct:
                for match in matches {
                    if let secret = accept(match, in: source) {
                        direct.append((secret, match.secret))
                    }
                }
            case .decoded(let blob):
                let blobLine = lineNumber(lines.line(containing: blob.lowerBound))
                let inner = Source(
                    text: scanned, lines: LineIndex(scanning: scanned), lineNumber: { _ in blobLine }, isEncoded: true)
                let found = matches.compactMap { accept($0, in: inner) }
                if !found.isEmpty {
                    decoded += found
                    decodedBlobs.append(blob)
                }
            }
        }

        let reportedDirect = direct.filter { entry in
            let isGeneric = scanner.rules[entry.secret.ruleIndex].isGeneric
            let isInsideBlob = decodedBlobs.contains {
                $0.lowerBound <= entry.range.lowerBound && entry.range.upperBound <= $0.upperBound
            }
            return !(isGeneric && isInsideBlob)
        }
        return reportedDirect.map(\.secret) + decoded
    }

    /// Returns the match as a found secret, or nil when the configuration's path allowlist for its
    /// rule covers the file or a false-alarm filter recognizes it.
    private func accept(_ match: SecretMatch, in source: Source) -> FoundSecret? {
        let rule = scanner.rules[match.ruleIndex]
        if let paths = settings.ruleAllowlists[rule.id]?.paths, paths.contains(where: { $0.matches(path) }) {
            return nil
        }
        let lineIndex = source.lines.line(containing: match.secret.lowerBound)
        let content = source.lines.content(of: lineIndex, in: source.text)
        let start = min(max(match.secret.lowerBound, content.lowerBound), content.upperBound)
        let end = min(max(match.secret.upperBound, start), content.upperBound)
        let candidate = SecretCandidate(
            path: path, rule: rule, line: UnsafeBufferPointer(rebasing: source.text[content]),
            secret: (start - content.lowerBound)..<(end - content.lowerBound))
        if filters.contains(where: { $0.isFalseAlarm(candidate) }) {
            return nil
        }
        let redaction = SecretRedaction.redact(
            UnsafeBufferPointer(rebasing: source.text[match.secret]), baselineSalt: baselineSalt)
        return FoundSecret(
            ruleIndex: match.ruleIndex, line: source.lineNumber(lineIndex), digest: redaction.digest,
            redacted: redaction.redacted, isEncoded: source.isEncoded)
    }
}
