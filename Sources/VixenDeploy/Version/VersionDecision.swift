/// The version a deployment gets, and how it was decided.
public struct VersionDecision: Sendable, Equatable {
    /// Where the version came from.
    public enum Source: String, Sendable, Codable {
        /// `--version` gave it.
        case override
        /// It counts from the latest release tag that the head reaches.
        case tag
        /// No release tag is reachable, so this is the first release: ``SemanticVersion/firstRelease``.
        case firstRelease = "first-release"
    }

    public let version: SemanticVersion
    public let source: Source
    /// The release tag the version counts from, for ``Source/tag`` only.
    public let previousTag: String?
    /// The part of the version the commits raise, or nil when the head is the tagged commit itself
    /// (a release deployed again) or the version did not come from a tag.
    public let bump: VersionBump?
    /// The commits since ``previousTag``, merge commits left out.
    public let commits: Int
    /// How many of ``commits`` follow no convention and so count as patch changes.
    public let unconventionalCommits: Int
    /// How many of ``commits`` mark a breaking change.
    public let breakingCommits: Int

    public init(
        version: SemanticVersion, source: Source, previousTag: String? = nil, bump: VersionBump? = nil,
        commits: Int = 0, unconventionalCommits: Int = 0, breakingCommits: Int = 0
    ) {
        self.version = version
        self.source = source
        self.previousTag = previousTag
        self.bump = bump
        self.commits = commits
        self.unconventionalCommits = unconventionalCommits
        self.breakingCommits = breakingCommits
    }

    /// The version `--version` sets.
    public static func override(_ version: SemanticVersion) -> VersionDecision {
        VersionDecision(version: version, source: .override)
    }

    /// The version of a repository with no release tag that the head reaches: 0.1.0, whatever the
    /// commits say.
    public static let firstRelease = VersionDecision(version: .firstRelease, source: .firstRelease)

    /// Returns the version after `tag` for `commits`, the commits that the head reaches and the tag
    /// does not.
    ///
    /// The largest bump that a commit asks for wins (see ``ConventionalCommit/bump``), and merge
    /// commits are left out because the commits they bring are counted. Under major version zero
    /// a breaking change raises the minor part, not the major: Semantic Versioning lets anything
    /// change in 0.y.z, so leaving it for 1.0.0 is a decision for people, made with `--version 1.0.0`.
    /// With no commits at all the head is the tagged commit, deployed again, and the version is the
    /// tag's own. Merge commits alone raise the patch.
    public static func next(after tag: ReleaseTag, commits: [ReleaseCommit]) -> VersionDecision {
        guard !commits.isEmpty else {
            return VersionDecision(version: tag.version, source: .tag, previousTag: tag.name)
        }
        let counted = commits.filter { !$0.isMerge }.map { ConventionalCommit(message: $0.message) }
        var bump = counted.map(\.bump).max() ?? .patch
        if tag.version.major == 0, bump == .major {
            bump = .minor
        }
        return VersionDecision(
            version: tag.version.raised(bump), source: .tag, previousTag: tag.name, bump: bump,
            commits: counted.count, unconventionalCommits: counted.filter { !$0.followsConvention }.count,
            breakingCommits: counted.filter(\.isBreaking).count)
    }
}

// Encoded by hand so that absent values are written as `null` instead of being left out.
extension VersionDecision: Codable {
    enum CodingKeys: String, CodingKey {
        case version
        case source
        case previousTag = "previous_tag"
        case bump
        case commits
        case unconventionalCommits = "unconventional_commits"
        case breakingCommits = "breaking_commits"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(source, forKey: .source)
        try container.encode(previousTag, forKey: .previousTag)
        try container.encode(bump, forKey: .bump)
        try container.encode(commits, forKey: .commits)
        try container.encode(unconventionalCommits, forKey: .unconventionalCommits)
        try container.encode(breakingCommits, forKey: .breakingCommits)
    }
}
