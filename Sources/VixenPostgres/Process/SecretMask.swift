/// Replaces known secret values with `***` in text that is about to be shown, such as a tool's
/// error output or a migration command's log.
public struct SecretMask: Sendable, Equatable {
    /// The values to hide, longest first, so a URL is hidden whole before the password inside it.
    private let secrets: [String]

    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// A mask for the secrets of `url`: its password in every spelling, and the URL's full text.
    public init(url: DatabaseURL) {
        self.init(secrets: url.secrets)
    }

    /// Returns `text` with every occurrence of a secret replaced by `***`.
    ///
    /// Every occurrence is replaced, even inside other words, because a secret shown in part is
    /// still shown.
    public func apply(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacing(secret, with: URLRedaction.mask)
        }
        return result
    }
}
