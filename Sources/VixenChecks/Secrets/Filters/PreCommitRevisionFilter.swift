/// The `rev:` of a YAML entry under a generic rule, as in pre-commit's
/// `.pre-commit-config.yaml`: a tag or a commit id that pins a hook's repository.
///
/// The line must be a `rev:` key, optionally as a list item (`- rev: ...`). The value's shape
/// does not matter, because tags and commit ids both appear there.
struct PreCommitRevisionFilter: FalseAlarmFilter {
    static let key = Array("rev:".utf8)

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        guard candidate.rule.isGeneric else {
            return false
        }
        let prefix = candidate.prefix
        var start = 0
        while start < prefix.count, ByteClass.isBlank(prefix[start]) || prefix[start] == UInt8(ascii: "-") {
            start += 1
        }
        return UnsafeBufferPointer(rebasing: prefix[start...]).starts(with: Self.key)
    }
}
