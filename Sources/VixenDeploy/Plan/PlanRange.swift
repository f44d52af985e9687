import VixenCore

/// The commits a deployment brings: what the environment runs now (the base) up to what it will run
/// (the head).
public struct PlanRange: Sendable, Equatable {
    public let base: ObjectID
    public let head: ObjectID
    /// What the base was resolved from: the `--base` revision as given, or the deployed reference
    /// such as `refs/vixen-gate/deployed/staging`.
    public let baseRevision: String
    /// What the head was resolved from: the `--head` revision, `HEAD`, or a deployed reference.
    public let headRevision: String
    /// How many commits the head reaches and the base does not.
    public let commits: Int

    public init(base: ObjectID, head: ObjectID, baseRevision: String, headRevision: String, commits: Int) {
        self.base = base
        self.head = head
        self.baseRevision = baseRevision
        self.headRevision = headRevision
        self.commits = commits
    }
}

extension PlanRange: Codable {
    enum CodingKeys: String, CodingKey {
        case base
        case head
        case baseRevision = "base_revision"
        case headRevision = "head_revision"
        case commits
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        base = ObjectID(hex: try container.decode(String.self, forKey: .base))
        head = ObjectID(hex: try container.decode(String.self, forKey: .head))
        baseRevision = try container.decode(String.self, forKey: .baseRevision)
        headRevision = try container.decode(String.self, forKey: .headRevision)
        commits = try container.decode(Int.self, forKey: .commits)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(base.hex, forKey: .base)
        try container.encode(head.hex, forKey: .head)
        try container.encode(baseRevision, forKey: .baseRevision)
        try container.encode(headRevision, forKey: .headRevision)
        try container.encode(commits, forKey: .commits)
    }
}
