import VixenCore

/// A tag that marks a release: `v` followed by a version, such as `v1.4.0`.
///
/// Other tags, pre-releases such as `v1.4.0-rc.1` among them, mark no release and are ignored.
public struct ReleaseTag: Sendable, Equatable {
    /// The tag's name without `refs/tags/`.
    public let name: String
    public let version: SemanticVersion
    /// The commit the tag leads to.
    public let commit: ObjectID

    /// Returns the release that a tag named `name` marks, or nil when the name is not `vX.Y.Z`.
    public init?(name: String, commit: ObjectID) {
        guard name.hasPrefix("v"), let version = SemanticVersion(parsing: String(name.dropFirst())) else {
            return nil
        }
        self.name = name
        self.version = version
        self.commit = commit
    }

    /// Returns the release with the highest version, or nil when `tags` is empty.
    ///
    /// The highest version wins rather than the nearest tag, so a release branch merged back
    /// with an older tag does not lower the next version.
    public static func latest(among tags: [ReleaseTag]) -> ReleaseTag? {
        tags.max { $0.version < $1.version }
    }
}
