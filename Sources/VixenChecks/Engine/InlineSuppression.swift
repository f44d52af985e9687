import VixenCore

/// Drops findings whose line carries a suppression comment, the same way for every rule family.
///
/// `vixen-gate:allow` alone suppresses every finding on its line, and `vixen-gate:allow
/// secret.generic-password, env.undocumented` only the rules it names. For teams moving from
/// other scanners, `gitleaks:allow` and `pragma: allowlist secret` (detect-secrets) suppress
/// `secret.*` findings. The comment must be on the finding's own line, in the added text that
/// the finding points at.
struct InlineSuppression {
    private static let marker = "vixen-gate:allow"
    private static let secretMarkers = ["gitleaks:allow", "pragma: allowlist secret"]

    let changes: ChangeSet

    func isSuppressed(_ finding: Finding) -> Bool {
        guard let file = finding.file, let line = finding.line, let text = lineText(file, line, commit: finding.commit)
        else {
            return false
        }
        if finding.rule.family == .secret, Self.secretMarkers.contains(where: { text.contains($0) }) {
            return true
        }
        guard let range = text.range(of: Self.marker) else {
            return false
        }
        let rules = Self.ruleNames(after: text[range.upperBound...])
        return rules.isEmpty || rules.contains(finding.rule.description)
    }

    /// Returns the rule ids listed right after the marker, separated by commas or spaces.
    static func ruleNames(after text: Substring) -> Set<String> {
        var names = Set<String>()
        for word in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }) {
            guard let rule = RuleID(parsing: String(word)) else {
                break
            }
            names.insert(rule.description)
        }
        return names
    }

    /// Returns the added line the finding points at: in its commit when it names one, else in
    /// the work tree, the index or the range's diff.
    ///
    /// A finding about a whole file at the head, such as a migration finding, names the last
    /// commit that changed the file, while its line may come from an earlier commit of the
    /// range, so the range's diff is read after the commit.
    private func lineText(_ path: String, _ number: Int, commit: String?) -> String? {
        var sources: [[FileChange]] = []
        if let commit {
            sources = changes.commits.filter { $0.id.hex == commit }.map(\.files) + [changes.overall]
        } else {
            sources = [changes.worktree, changes.staged, changes.overall]
        }
        for files in sources {
            for file in files where file.path == path {
                let added = file.addedText
                if let line = added.lines.first(where: { $0.number == number }) {
                    return added.text(of: line)
                }
            }
        }
        return nil
    }
}
