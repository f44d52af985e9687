/// The images an application can roll back to, from `GET /api/v1/applications/{uuid}/rollback-images`
/// (Coolify 4.3.0 and later).
public struct RollbackImages: Sendable, Equatable, Decodable {
    /// The tag of the running image, or nil when Coolify cannot tell.
    public let current: String?
    /// The local images of the application, as `docker images` lists them on its server.
    ///
    /// Images without a tag are left out, because a rollback needs one.
    public let images: [RollbackImage]

    public init(current: String?, images: [RollbackImage]) {
        self.current = current
        self.images = images
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        current = try container.decodeIfPresent(String.self, forKey: .current)
        images = try container.decode([RawImage].self, forKey: .images).compactMap { raw in
            raw.tag.map { RollbackImage(tag: $0, createdAt: raw.createdAt, isCurrent: raw.isCurrent) }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case current
        case images
    }

    /// An entry as Coolify writes it, where the tag and date are null when `docker images` printed none.
    private struct RawImage: Decodable {
        let tag: String?
        let createdAt: String?
        let isCurrent: Bool

        private enum CodingKeys: String, CodingKey {
            case tag
            case createdAt = "created_at"
            case isCurrent = "is_current"
        }
    }
}

/// One image an application can roll back to.
///
/// Its tag is the commit it was built from.
public struct RollbackImage: Sendable, Equatable {
    public let tag: String
    /// Docker's creation time as Coolify passes it on, such as `2025-01-31 10:00:00 +0000 UTC`.
    public let createdAt: String?
    public let isCurrent: Bool

    public init(tag: String, createdAt: String?, isCurrent: Bool) {
        self.tag = tag
        self.createdAt = createdAt
        self.isCurrent = isCurrent
    }
}
