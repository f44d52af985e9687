import VixenCore

/// `git.file-too-large` (warning): a file over `limits.max_file_size` was listed but not read,
/// so no other check saw its content.
///
/// Reported once per file version: the same blob seen in a commit and in the range's diff
/// gives one finding, tied to the first commit that added it.
public struct LargeFileCheck: Check {
    public static let rule = RuleID(.git, "file-too-large")

    public init() {}

    public func run(_ context: CheckContext) throws -> [Finding] {
        var seen = Set<String>()
        var findings: [Finding] = []
        let changes = context.changes
        let sources: [(commit: String?, files: [FileChange])] =
            changes.commits.map { ($0.id.hex, $0.files) } + [
                (nil, changes.overall), (nil, changes.staged),
                (nil, changes.worktree),
            ]
        for (commit, files) in sources {
            for file in files {
                guard case .tooLarge(let limit) = file.content else {
                    continue
                }
                let key = file.path + "\u{0}" + (file.newBlob?.hex ?? "work tree")
                guard seen.insert(key).inserted else {
                    continue
                }
                findings.append(
                    Finding(
                        rule: Self.rule, severity: .warning, file: file.path, commit: commit,
                        message: Catalog.gitFileTooLarge(path: file.path, size: file.size, limit: limit)))
            }
        }
        return findings
    }
}
