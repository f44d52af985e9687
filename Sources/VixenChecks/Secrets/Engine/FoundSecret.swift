import VixenCore

/// One secret found in a file's added text, already redacted, so the clear value is not kept.
struct FoundSecret {
    /// The rule's index in ``SecretScanner/rules``.
    let ruleIndex: Int
    /// The new-side line where the secret starts, or where the base64 text that encodes it starts.
    let line: Int
    /// The SHA-256 of the value, in hex, to tell equal values apart within one run.
    let digest: String
    let redacted: RedactedSecret
    /// Whether the secret was found in decoded base64 text.
    let isEncoded: Bool
}
