extension SecretRule {
    /// Whether the rule finds a credential by the name it is assigned to (`password = ...`,
    /// `api_key: ...`) rather than by a format a provider defines (`sk_live_...`).
    ///
    /// Such a rule is recognized by its id, `secret.generic-<name>`, so a team's own rule file
    /// opts in by that naming. The false-alarm filters that judge a value by where it sits (a
    /// lock file, minified code, a UUID) apply to these rules only, because a provider's format
    /// is evidence enough wherever it appears.
    public var isGeneric: Bool { id.name.hasPrefix("generic-") }
}
