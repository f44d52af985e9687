/// The reason a confirmed match is not reported as a secret.
public enum SecretRejection: Sendable, Equatable {
    /// The secret's entropy, in bits per byte, is below the rule's minimum.
    case lowEntropy(Double, minimum: Double)
    /// None of the rule's keywords occurs near the match.
    case noKeyword
    /// The secret contains this stopword, from the rule or the configuration.
    case stopword(String)
    /// An allowlist pattern, from the rule or the configuration, matches the secret.
    case allowlisted(pattern: String)
    /// The value is a placeholder for a secret.
    case placeholder(PlaceholderReason)
}
