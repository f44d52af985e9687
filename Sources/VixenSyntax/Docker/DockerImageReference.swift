/// An image reference as `FROM` writes it: `[registry[:port]/]repository[:tag][@digest]`.
public struct DockerImageReference: Sendable, Equatable {
    /// The registry and repository, such as `python` or `ghcr.io/acme/api`.
    public let repository: String
    public let tag: String?
    /// The content digest, such as `sha256:…`, which fixes the image whatever its tag.
    public let digest: String?

    /// Splits `text`, or returns nil when it is empty or contains whitespace.
    ///
    /// The tag is what follows the last `:` after the last `/`, so a registry port
    /// (`localhost:5000/api`) is not taken for a tag.
    public init?(_ text: String) {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else {
            return nil
        }
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
        } else {
            digest = nil
        }
        let lastSlash = rest.lastIndex(of: "/") ?? rest.startIndex
        if let colon = rest[lastSlash...].lastIndex(of: ":") {
            tag = String(rest[rest.index(after: colon)...])
            repository = String(rest[..<colon])
        } else {
            tag = nil
            repository = String(rest)
        }
    }

    /// True for the empty image that `FROM scratch` starts from.
    public var isScratch: Bool { repository.lowercased() == "scratch" && tag == nil && digest == nil }
}
