import VixenCore

/// `secret.env-file`, `secret.private-key-file`, `secret.keystore-file`,
/// `secret.registry-credentials-file`, `secret.kubeconfig-file`, `secret.credentials-file`
/// (error): a file that contains credentials by its nature was added, whatever its lines contain.
///
/// Reported once per path, for the first commit that added it, then for the index and the
/// work tree. Only added files count: a file that was already in the repository is a problem
/// for `vixen-gate scan`, not for the change being checked.
public struct SensitiveFileCheck: Check {
    public init() {}

    /// The rules this check reports, with what each kind of file is.
    public static var rules: [(id: RuleID, description: LocalizedText)] {
        SensitiveFileKind.all.map { ($0.rule, $0.description) }
    }

    public func run(_ context: CheckContext) throws -> [Finding] {
        let changes = context.changes
        var sources: [(commit: String?, files: [FileChange])] = changes.commits.map { ($0.id.hex, $0.files) }
        sources.append((nil, changes.staged))
        sources.append((nil, changes.worktree))

        var reported = Set<String>()
        var findings: [Finding] = []
        for (commit, files) in sources {
            for file in files where Self.isNewPath(file) && !reported.contains(file.path) {
                guard let kind = Self.kind(of: file) else {
                    continue
                }
                reported.insert(file.path)
                findings.append(
                    Finding(
                        rule: kind.rule, severity: .error, file: file.path, line: 1, commit: commit,
                        message: Catalog.sensitiveFileAdded(kind.description, path: file.path)))
            }
        }
        return findings
    }

    /// Returns whether the change brings the path into the repository: an addition, or a rename onto it.
    private static func isNewPath(_ file: FileChange) -> Bool {
        file.status == .added || file.status == .renamed
    }

    static func kind(of file: FileChange) -> SensitiveFileKind? {
        kind(ofPath: file.path) { file.addedText.bytes }
    }

    /// Returns the rule that a file new at `path` breaks by being there, such as
    /// `secret.env-file`, or nil.
    ///
    /// `content` is called only when the file's name fits a kind, so a caller that lists many files,
    /// such as a scan of a whole history, reads few of them.
    public static func rule(forNewFile path: String, content: () -> [UInt8]) -> RuleID? {
        kind(ofPath: path, content: content)?.rule
    }

    private static func kind(ofPath path: String, content: () -> [UInt8]) -> SensitiveFileKind? {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        return withoutActuallyEscaping(content) { load in
            let text = FileText(load: load)
            return SensitiveFileKind.all.first { $0.matches(name, path, text) }
        }
    }
}
