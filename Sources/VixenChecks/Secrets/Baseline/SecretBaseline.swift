import VixenCore

/// The secret findings a team has accepted as known, which later checks leave out.
///
/// Each entry is a rule id, a path and, for a secret value, ``BaselineSecretHash`` of the value
/// under the baseline's own salt. A sensitive file, reported by its name rather than a value, is
/// listed by rule and path alone. Entries hold no line number, commit id or time, so editing the
/// lines around a known finding, or committing it again, leaves the file as it is.
///
/// The path is part of an entry, so a finding whose file is moved or renamed is new again: a
/// move needs the baseline written again. Only `secret.*` findings are listed.
public struct SecretBaseline: Sendable, Equatable {
    /// One known finding.
    public struct Entry: Sendable, Hashable, Comparable {
        public let rule: RuleID
        /// The path relative to the repository root, as findings give it.
        public let path: String
        /// ``BaselineSecretHash`` of the secret value, or nil for a finding without a value.
        public let hash: String?

        public init(rule: RuleID, path: String, hash: String?) {
            self.rule = rule
            self.path = path
            self.hash = hash
        }

        /// Orders by rule id, then path, then hash, comparing UTF-8 bytes, so the order is the
        /// same on every platform and the file's bytes depend only on its entries.
        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            let left = [lhs.rule.description, lhs.path, lhs.hash ?? ""]
            let right = [rhs.rule.description, rhs.path, rhs.hash ?? ""]
            for (leftPart, rightPart) in zip(left, right) where leftPart != rightPart {
                return leftPart.utf8.lexicographicallyPrecedes(rightPart.utf8)
            }
            return false
        }
    }

    /// How many random bytes a new baseline's salt has.
    public static let saltByteCount = 16

    public let salt: [UInt8]
    /// Sorted, each entry once.
    public let entries: [Entry]
    private let lookup: Set<Entry>

    /// Sorts `entries` and removes repeated ones.
    public init(salt: [UInt8], entries: [Entry]) {
        self.salt = salt
        self.lookup = Set(entries)
        self.entries = lookup.sorted()
    }

    /// Lists the `secret.*` findings among `findings` that point at a file.
    ///
    /// The findings must come from a scan given this `salt`, so that their values carry the
    /// hash an entry stores.
    public init(salt: [UInt8], findings: [Finding]) {
        self.init(salt: salt, entries: findings.compactMap(Self.entry(for:)))
    }

    /// Returns a new salt from the system's random number generator.
    public static func makeSalt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// Returns the entry that lists `finding`, or nil when it cannot be listed: it is not a
    /// `secret.*` finding, or it points at no file.
    public static func entry(for finding: Finding) -> Entry? {
        guard finding.rule.family == .secret, let path = finding.file else {
            return nil
        }
        return Entry(rule: finding.rule, path: path, hash: finding.secret?.baselineHash)
    }

    public func contains(_ finding: Finding) -> Bool {
        guard let entry = Self.entry(for: finding) else {
            return false
        }
        return lookup.contains(entry)
    }

    /// Returns the findings the baseline does not list, in their order, and how many it left out.
    public func filter(_ findings: [Finding]) -> (kept: [Finding], dropped: Int) {
        let kept = findings.filter { !contains($0) }
        return (kept, findings.count - kept.count)
    }

    /// The number of entries for a secret value, and for a sensitive file.
    public var counts: (secrets: Int, files: Int) {
        let secrets = entries.filter { $0.hash != nil }.count
        return (secrets, entries.count - secrets)
    }

    public static func == (lhs: SecretBaseline, rhs: SecretBaseline) -> Bool {
        lhs.salt == rhs.salt && lhs.entries == rhs.entries
    }
}
