/// One request header, and whether its value may be shown.
public struct HTTPHeader: Sendable, Equatable {
    /// Whether a header's value may appear in transcripts and messages.
    public enum Visibility: Sendable, Equatable {
        case visible
        /// The value is a credential. Transcripts show `[redacted: <source>]` in its place, where
        /// `source` says where the value came from, such as `$COOLIFY_TOKEN`, and never the value.
        case secret(source: String)
    }

    public let name: String
    public let value: String
    public let visibility: Visibility

    public init(name: String, value: String, visibility: Visibility = .visible) {
        self.name = name
        self.value = value
        self.visibility = visibility
    }

    /// Returns an `Authorization: Bearer` header whose token came from `source`.
    public static func bearer(_ token: String, source: String) -> HTTPHeader {
        HTTPHeader(name: "Authorization", value: "Bearer \(token)", visibility: .secret(source: source))
    }
}
