/// Recognizes placeholders written where a secret would go: template variables, environment
/// reads, `changeme`-style words and documented example keys.
///
/// These checks apply to every rule, after its own filters. They look at the secret only, in
/// lowercase, and run only on matches a rule has already confirmed.
enum PlaceholderFilter {
    /// Words whose presence anywhere in a value marks it as a placeholder.
    static let words = [
        "example", "changeme", "change_me", "change-me", "changethis", "change_this", "change-this",
        "placeholder", "replaceme", "replace_me", "replace-me", "redacted", "***", "...",
        "your-key-here", "your_key_here", "yourkeyhere",
    ]

    /// Prefixes of values that read a secret from elsewhere instead of holding it.
    static let readPrefixes = [
        "process.env", "import.meta.env", "os.environ", "os.getenv", "getenv(", "env(", "env[", "env.",
        "environ[", "environ.get(", "settings.", "secrets.", "vault(", "config(",
    ]

    /// Returns the reason `secret` is a placeholder, or nil when it may be a real secret.
    static func reason(for secret: UnsafeBufferPointer<UInt8>) -> PlaceholderReason? {
        let lowered = String(decoding: secret, as: UTF8.self).lowercased()
        if KnownExampleSecrets.values.contains(lowered) {
            return .documentedExample
        }
        if let word = words.first(where: { lowered.contains($0) }) {
            return .word(word)
        }
        if isTemplate(lowered) {
            return .template
        }
        if readPrefixes.contains(where: { lowered.hasPrefix($0) }) {
            return .environmentRead
        }
        if isYourSomething(lowered) {
            return .word("your")
        }
        if isMaskedWithX(lowered) {
            return .word("xxx")
        }
        if let first = lowered.first, lowered.allSatisfy({ $0 == first }) {
            return .repeatedCharacter
        }
        return nil
    }

    /// True for `<...>`, `${VAR}`, `$VAR`, `$(command)`, `{{ var }}`, `%(var)s` and `[[var]]` forms.
    private static func isTemplate(_ value: String) -> Bool {
        if value.hasPrefix("<") && value.hasSuffix(">") {
            return true
        }
        if value.contains("${") || value.contains("{{") || value.contains("}}") || value.contains("$(")
            || value.contains("%(") || value.contains("[[")
        {
            return true
        }
        // `$DB_PASSWORD` and `$db_password`: a dollar sign followed by an identifier and nothing else.
        if value.hasPrefix("$"), value.count > 1 {
            let name = value.dropFirst()
            return name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        }
        return false
    }

    /// True for a value masked with x's, such as `sk-xxxxxxxxxxxx` or `AKIAXXXXXXXXXXXXXXXX`.
    ///
    /// A run of three x's alone is not enough, because a long random key has one by chance
    /// (a 1,700-character PEM body about one time in twenty), so x's must also be a fifth of
    /// the value.
    private static func isMaskedWithX(_ value: String) -> Bool {
        guard value.contains("xxx") else {
            return false
        }
        let count = value.reduce(0) { $1 == "x" ? $0 + 1 : $0 }
        return count * 5 >= value.count
    }

    /// True for `your-api-key`, `yourpassword`, `your_token_here` and similar instructions.
    private static func isYourSomething(_ value: String) -> Bool {
        guard value.contains("your") else {
            return false
        }
        return ["key", "token", "secret", "password", "pass", "pwd"].contains { value.contains($0) }
    }
}

/// The reason a value is taken for a placeholder, for `rules check` messages.
public enum PlaceholderReason: Sendable, Equatable {
    /// A key that a vendor's documentation publishes.
    case documentedExample
    /// A word such as `example`, `changeme` or `xxx`.
    case word(String)
    /// A template or variable reference, such as `${DB_PASSWORD}` or `<token>`.
    case template
    /// A read of the value from the environment or the settings, such as `os.environ[...]`.
    case environmentRead
    /// One character repeated, such as `********`.
    case repeatedCharacter
}
