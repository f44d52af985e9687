import VixenCore

/// Why the secret scanner could not run; the check then stops and the push is blocked.
public struct SecretsError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Rule files have errors; each problem names its file, line and column.
        case invalidRules([RuleProblem])
        /// Vectorscan or PCRE2 rejected a rule's pattern.
        case patternRejected(rule: String, position: String)
        /// The configuration names rule files this run was not given.
        case customRulesUnavailable([String])
        /// A configured allowlist pattern does not compile.
        case allowlistRejected(position: String)
        /// A C library call failed at run time.
        case libraryFailure(function: String)
    }

    public let kind: Kind
    public let message: LocalizedText

    public init(kind: Kind, message: LocalizedText) {
        self.kind = kind
        self.message = message
    }

    /// The English message, which is what callers that print `String(describing:)` show.
    public var description: String { message.english }

    static func vectorscanFailure(function: String, status: Int32) -> SecretsError {
        SecretsError(
            kind: .libraryFailure(function: function),
            message: Catalog.secretsLibraryFailure(library: "Vectorscan", function: function, code: status))
    }

    static func outOfMemory(_ function: String) -> SecretsError {
        SecretsError(
            kind: .libraryFailure(function: function),
            message: Catalog.secretsLibraryFailure(library: "PCRE2", function: function, code: nil))
    }
}
