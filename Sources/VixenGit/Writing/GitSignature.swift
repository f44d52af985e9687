import CLibGit2
import Foundation
import VixenCore

/// The name, email and time that a commit written by vixen-gate records.
public struct GitSignature: Sendable, Equatable {
    public let name: String
    public let email: String
    public let time: Date

    /// Creates a signature; `<`, `>` and line breaks, which git does not allow in either field,
    /// become spaces.
    public init(name: String, email: String, time: Date) {
        self.name = Self.sanitized(name)
        self.email = Self.sanitized(email)
        self.time = time
    }

    /// Calls `body` with the signature as libgit2 takes it, at UTC.
    func withSignature<Result>(_ body: (UnsafePointer<git_signature>) throws(GitError) -> Result)
        throws(GitError) -> Result
    {
        var signature: UnsafeMutablePointer<git_signature>?
        let seconds = git_time_t(time.timeIntervalSince1970.rounded(.down))
        try LibGit2.check(git_signature_new(&signature, name, email, seconds, 0), "git_signature_new")
        guard let signature else {
            throw LibGit2.error(-1, "git_signature_new")
        }
        defer { git_signature_free(signature) }
        return try body(signature)
    }

    private static func sanitized(_ text: String) -> String {
        let cleaned = String(text.map { "<>\n\r".contains($0) ? " " : $0 })
        let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "vixen-gate" : trimmed
    }
}

extension Repository {
    /// Returns `user.name` and `user.email` from the repository's configuration, or nil when
    /// either is unset or empty, as on many CI runners.
    public func configuredIdentity() -> (name: String, email: String)? {
        guard let configuration = try? RepositoryConfig(repository: self),
            let name = configuration.string("user.name"), !name.isEmpty,
            let email = configuration.string("user.email"), !email.isEmpty
        else {
            return nil
        }
        return (name, email)
    }
}
