import VixenCore

/// A secret one rule found in a text and its filters let through.
public struct SecretMatch: Sendable, Equatable {
    /// The rule's index in ``SecretScanner/rules``.
    public let ruleIndex: Int
    public let rule: RuleID
    /// The secret's bytes in the scanned text.
    public let secret: Range<Int>
    /// The whole confirming match, which contains ``secret``.
    public let match: Range<Int>

    public init(ruleIndex: Int, rule: RuleID, secret: Range<Int>, match: Range<Int>) {
        self.ruleIndex = ruleIndex
        self.rule = rule
        self.secret = secret
        self.match = match
    }
}
