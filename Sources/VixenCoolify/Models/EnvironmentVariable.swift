/// An application's environment variable as `GET /api/v1/applications/{uuid}/envs` lists it, without
/// its value.
///
/// Values are never decoded: Coolify hides them from tokens without `read:sensitive`, and the
/// checks only need to know which variables exist and when the application sees them. The
/// `is_buildtime` and `is_runtime` fields exist since Coolify 4.2.0.
public struct EnvironmentVariable: Sendable, Equatable, Decodable {
    public let key: String
    /// Whether the build sees the variable; a frontend built by Coolify sees only these.
    public let isBuildtime: Bool
    /// Whether the running container sees the variable.
    public let isRuntime: Bool
    /// Whether the variable belongs to preview deployments of pull requests.
    public let isPreview: Bool
    /// Whether Coolify passes the value as written, without resolving references in it; nil when absent.
    public let isLiteral: Bool?
    public let isMultiline: Bool?
    /// Whether the value is shown only once in Coolify's interface; nil when absent.
    public let isShownOnce: Bool?
    public let comment: String?

    public init(
        key: String, isBuildtime: Bool, isRuntime: Bool, isPreview: Bool, isLiteral: Bool? = nil,
        isMultiline: Bool? = nil, isShownOnce: Bool? = nil, comment: String? = nil
    ) {
        self.key = key
        self.isBuildtime = isBuildtime
        self.isRuntime = isRuntime
        self.isPreview = isPreview
        self.isLiteral = isLiteral
        self.isMultiline = isMultiline
        self.isShownOnce = isShownOnce
        self.comment = comment
    }

    /// Reads the four fields the checks use strictly, and the others only when they have the
    /// expected type, so an unused field in another shape does not reject the list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        isBuildtime = try container.decode(Bool.self, forKey: .isBuildtime)
        isRuntime = try container.decode(Bool.self, forKey: .isRuntime)
        isPreview = try container.decode(Bool.self, forKey: .isPreview)
        isLiteral = try? container.decodeIfPresent(Bool.self, forKey: .isLiteral)
        isMultiline = try? container.decodeIfPresent(Bool.self, forKey: .isMultiline)
        isShownOnce = try? container.decodeIfPresent(Bool.self, forKey: .isShownOnce)
        comment = try? container.decodeIfPresent(String.self, forKey: .comment)
    }

    private enum CodingKeys: String, CodingKey {
        case key
        case isBuildtime = "is_buildtime"
        case isRuntime = "is_runtime"
        case isPreview = "is_preview"
        case isLiteral = "is_literal"
        case isMultiline = "is_multiline"
        case isShownOnce = "is_shown_once"
        case comment
    }
}
