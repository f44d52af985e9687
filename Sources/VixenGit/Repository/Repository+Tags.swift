import VixenCore

/// A tag and the commit it leads to.
public struct GitTag: Sendable, Equatable {
    /// The name without `refs/tags/`, such as `v1.4.0` or `release/v2`.
    public let name: String
    /// The commit the tag peels to, through any chain of annotated tags.
    public let commit: ObjectID

    public init(name: String, commit: ObjectID) {
        self.name = name
        self.commit = commit
    }
}

extension Repository {
    /// Lists the tags that lead to a commit, lightweight and annotated alike, sorted by name.
    ///
    /// A tag of a tree or a blob is left out, because no commit can reach it.
    public func tags() throws(GitError) -> [GitTag] {
        let prefix = "refs/tags/"
        return try references(matching: prefix + "*").compactMap { reference in
            guard let commit = reference.commit, reference.name.hasPrefix(prefix) else {
                return nil
            }
            return GitTag(name: String(reference.name.dropFirst(prefix.count)), commit: commit)
        }
    }
}
