import VixenCore

/// One secret rule as a rule file declares it.
///
/// A rule finds a secret in three steps. Its ``pattern``, in Vectorscan syntax, is compiled
/// with every other rule into one database that scans each text once. Around each hit,
/// ``confirm`` (PCRE2) runs on the ``maxWidth`` bytes before the hit's end and extracts the
/// secret as capture group ``secretGroup``. The secret then has to pass the filters: minimum
/// entropy, a keyword nearby, the allowlist, stopwords and the built-in placeholder checks.
public struct SecretRule: Sendable, Equatable {
    /// The default of ``maxWidth`` when a rule sets none, in bytes.
    public static let defaultMaxWidth = 256
    /// The largest ``maxWidth`` a rule may set, in bytes, which bounds the PCRE2 work per hit.
    public static let maximumMaxWidth = 65_536

    /// `secret.<name>`, unique across all loaded rule files.
    public let id: RuleID
    public let description: LocalizedText
    /// The Vectorscan pattern: PCRE syntax without captures' values, backreferences or lookaround.
    public let pattern: String
    /// The PCRE2 pattern that confirms a hit and captures the secret; nil to confirm with ``pattern``.
    public let confirm: String?
    /// The capture group of the confirming pattern that contains the secret; 0 is the whole match.
    public let secretGroup: Int
    /// How many bytes before the end of a Vectorscan hit the confirming match may start.
    public let maxWidth: Int
    /// The Shannon entropy, in bits per byte, below which a value is not a secret; nil for no minimum.
    public let minEntropy: Double?
    /// Lowercase words of which one must occur within ``maxWidth`` bytes of the match, ignoring
    /// case; empty for no such condition.
    public let keywords: [String]
    /// PCRE2 patterns; a secret that one of them matches is not reported.
    public let allowlist: [String]
    /// Lowercase words; a secret that contains one of them, ignoring case, is not reported.
    public let stopwords: [String]
    public let severity: Severity
    /// Texts in which the rule must find a secret.
    public let examples: [String]
    /// Texts in which the rule must find nothing.
    public let negativeExamples: [String]
    /// The positions of the rule and of each of its examples in their file.
    public let location: Location

    /// Positions of a rule in its file, for the problems `rules check` reports.
    public struct Location: Sendable, Equatable {
        /// The file's display name.
        public let source: String
        /// The position of the rule's first key.
        public let rule: RulePosition
        public let pattern: RulePosition
        public let confirm: RulePosition?
        public let examples: [RulePosition]
        public let negativeExamples: [RulePosition]
        public let allowlist: [RulePosition]

        public init(
            source: String, rule: RulePosition, pattern: RulePosition, confirm: RulePosition?,
            examples: [RulePosition], negativeExamples: [RulePosition], allowlist: [RulePosition]
        ) {
            self.source = source
            self.rule = rule
            self.pattern = pattern
            self.confirm = confirm
            self.examples = examples
            self.negativeExamples = negativeExamples
            self.allowlist = allowlist
        }
    }

    public init(
        id: RuleID,
        description: LocalizedText,
        pattern: String,
        confirm: String? = nil,
        secretGroup: Int = 0,
        maxWidth: Int = SecretRule.defaultMaxWidth,
        minEntropy: Double? = nil,
        keywords: [String] = [],
        allowlist: [String] = [],
        stopwords: [String] = [],
        severity: Severity = .error,
        examples: [String],
        negativeExamples: [String],
        location: Location
    ) {
        self.id = id
        self.description = description
        self.pattern = pattern
        self.confirm = confirm
        self.secretGroup = secretGroup
        self.maxWidth = maxWidth
        self.minEntropy = minEntropy
        self.keywords = keywords
        self.allowlist = allowlist
        self.stopwords = stopwords
        self.severity = severity
        self.examples = examples
        self.negativeExamples = negativeExamples
        self.location = location
    }

    /// The pattern PCRE2 confirms hits with.
    public var confirmingPattern: String { confirm ?? pattern }
}

/// A 1-based line and column in a rule file.
public struct RulePosition: Sendable, Equatable, Hashable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
