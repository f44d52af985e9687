/// The parts of a secret value that a report may show.
///
/// They are its length, a fingerprint and, for long values, its first characters. The clear
/// value is never stored. The fingerprint lets a reader tell whether two findings are the same
/// secret without seeing it. A short value would be guessed from its first characters, so only
/// values of at least ``minimumLengthForPrefix`` characters keep a prefix.
public struct RedactedSecret: Sendable, Equatable, Hashable {
    /// The shortest value, in characters, whose first characters may be shown.
    public static let minimumLengthForPrefix = 16
    /// How many leading characters a long value shows.
    public static let prefixLength = 4

    /// Length of the value in characters; invalid UTF-8 counts one character per bad sequence.
    public let length: Int
    /// Lowercase hex digits derived from the value by a one-way hash.
    public let fingerprint: String
    /// The first ``prefixLength`` characters, or nil when the value is shorter than
    /// ``minimumLengthForPrefix``.
    public let prefix: String?
    /// The salted, truncated hash that a secret baseline stores for the value.
    ///
    /// Nil when the run had no baseline salt. Only a baseline file and the comparison with it
    /// use it.
    public let baselineHash: String?

    /// Keeps `prefix` only when `length` allows it, and then only its first ``prefixLength`` characters.
    public init(length: Int, fingerprint: String, prefix: String?, baselineHash: String? = nil) {
        self.length = length
        self.fingerprint = fingerprint
        self.baselineHash = baselineHash
        if length >= Self.minimumLengthForPrefix, let prefix {
            self.prefix = String(prefix.prefix(Self.prefixLength))
        } else {
            self.prefix = nil
        }
    }
}
