import VixenCore

/// Attributes migration findings to the commit of the range that added or last changed their file.
///
/// A finding's line is a line of the head's version of the file, which is the version that the
/// last commit changing it wrote. A file that the index or the work tree changes has no commit,
/// so its findings keep none, as does a file no commit of the range touches.
struct MigrationFindingCommits {
    /// The id of the newest commit that changed each path, deletions and renames included.
    private let lastCommit: [String: String]
    /// Paths that the index or the work tree changes.
    private let workingPaths: Set<String>

    init(_ changes: ChangeSet) {
        var lastCommit: [String: String] = [:]
        for commit in changes.commits {
            for file in commit.files {
                lastCommit[file.path] = commit.id.hex
                if let oldPath = file.oldPath {
                    lastCommit[oldPath] = commit.id.hex
                }
            }
        }
        self.lastCommit = lastCommit
        var workingPaths = Set<String>()
        for file in changes.staged + changes.worktree {
            workingPaths.insert(file.path)
            if let oldPath = file.oldPath {
                workingPaths.insert(oldPath)
            }
        }
        self.workingPaths = workingPaths
    }

    /// Returns `finding` with the commit of its file, or unchanged when it has none.
    func attributed(_ finding: Finding) -> Finding {
        guard finding.commit == nil, let path = finding.file, !workingPaths.contains(path),
            let commit = lastCommit[path]
        else {
            return finding
        }
        return Finding(
            rule: finding.rule, severity: finding.severity, file: finding.file, line: finding.line, commit: commit,
            message: finding.message, secret: finding.secret)
    }
}
