/// One commit since the last release, as far as the next version depends on it.
public struct ReleaseCommit: Sendable, Equatable {
    public let message: String
    /// True for a merge commit, which brings other commits and says nothing of its own about the release.
    public let isMerge: Bool

    public init(message: String, isMerge: Bool) {
        self.message = message
        self.isMerge = isMerge
    }
}
