import VixenCore

/// The stable identity of a finding across runs, which SARIF and GitLab consumers use to match an
/// alert from one pipeline to the next.
///
/// The fingerprint is the SHA-256 of the rule id, the path, the English message and the finding's
/// occurrence number among findings with those same three values. The line number is left out, so
/// the fingerprint stays the same when unrelated lines above the finding move. The English message is
/// used whatever the run's language, so switching `--lang` does not open new alerts. Messages never
/// contain a secret value in clear, and only their hash is written.
enum FindingFingerprint {
    /// Returns one fingerprint per finding, in the order of `findings`, as 64 lowercase hex digits.
    ///
    /// Two findings with the same rule, path and message get different fingerprints: the first is
    /// occurrence 1, the next occurrence 2, in the order of `findings`.
    static func fingerprints(of findings: [Finding]) -> [String] {
        var occurrences: [String: Int] = [:]
        return findings.map { finding in
            let key = [finding.rule.description, finding.file ?? "", finding.message.english].joined(separator: "\u{0}")
            let occurrence = (occurrences[key] ?? 0) + 1
            occurrences[key] = occurrence
            return SHA256.hexHash((key + "\u{0}" + String(occurrence)).utf8)
        }
    }
}
