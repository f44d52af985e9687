import VixenCore

/// Merges the ranges of several pushed refs into one change set in which each commit appears once.
enum ChangeSetMerger {
    /// Returns the commits of `sets` that are not in `seen`, each once and in order, and adds them
    /// to `seen`.
    ///
    /// The overall diffs of the sets that contribute a commit are concatenated without exact
    /// duplicates. A set whose commits were all seen contributes nothing, because its changes
    /// were checked with the set that first brought them.
    ///
    /// NOTE: the result's base and head are those of the first contributing set. A report of
    /// several refs therefore names only the first range in its header, and the hook lists every
    /// ref's own range before the report to make up for it.
    static func merge(_ sets: [ChangeSet], seen: inout Set<ObjectID>) -> ChangeSet {
        var commits: [CommitChange] = []
        var overall: [FileChange] = []
        var overallKeys = Set<String>()
        var first: ChangeSet?
        for set in sets {
            let fresh = set.commits.filter { seen.insert($0.id).inserted }
            guard !fresh.isEmpty else {
                continue
            }
            first = first ?? set
            commits += fresh
            for file in set.overall where overallKeys.insert(key(of: file)).inserted {
                overall.append(file)
            }
        }
        return ChangeSet(
            base: first?.base, head: first?.head, diffBase: first?.diffBase, commits: commits, overall: overall)
    }

    /// Returns a key that is equal for two file changes between the same blobs, which therefore
    /// have the same added lines.
    private static func key(of file: FileChange) -> String {
        [file.status.rawValue, file.path, file.oldPath ?? "", file.oldBlob?.hex ?? "", file.newBlob?.hex ?? ""]
            .joined(separator: "\u{0}")
    }
}
