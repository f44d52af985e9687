/// A kind of value that a rule confirms but that is not a secret, recognized by where it sits:
/// the file, the line, the text around it.
///
/// A rule's own filters (entropy, keywords, allowlist, placeholders) judge the value alone.
/// These filters run after them, on every secret a scan of a change set confirms, decoded base64
/// text included. `rules check` does not run them, because a rule's examples have no file.
protocol FalseAlarmFilter: Sendable {
    /// Returns whether `candidate` is this kind of false alarm.
    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool
}

/// The false-alarm filters a scan applies.
enum FalseAlarmFilters {
    static let standard: [any FalseAlarmFilter] = [
        LockFileFilter(), MinifiedCodeFilter(), IntegrityHashFilter(), DataURIFilter(), GitObjectIDFilter(),
        AlembicRevisionFilter(), PreCommitRevisionFilter(), UUIDFilter(),
    ]
}
