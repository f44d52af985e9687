/// UUIDs under a generic rule: `8-4-4-4-12` hex digits, such as a `secret_id` or a `token_uuid`.
///
/// Records, tenants and clients are named by UUIDs, and their names often contain `secret` or
/// `token`. A few services do issue UUIDs as API keys. Under a generic name such as `API_KEY`
/// those are not reported, while the services' own rules, which know where their keys appear,
/// still report them.
struct UUIDFilter: FalseAlarmFilter {
    /// The lengths of a UUID's five groups of hex digits.
    static let groupLengths = [8, 4, 4, 4, 12]

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        candidate.rule.isGeneric && Self.isUUID(candidate.secretBytes)
    }

    static func isUUID(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let groups = value.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.map(\.count) == groupLengths else {
            return false
        }
        return groups.allSatisfy { $0.allSatisfy(ByteClass.isHexDigit) }
    }
}
