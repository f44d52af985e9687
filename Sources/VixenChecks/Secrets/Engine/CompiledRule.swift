/// One rule ready to confirm hits: its confirming pattern, its filter and its keywords.
struct CompiledRule {
    let rule: SecretRule
    let confirm: PCRE2Pattern
    let filter: SecretFilter
    /// Indices of the rule's keywords in ``SecretScanner/keywords``.
    let keywordIndices: [Int]
}
