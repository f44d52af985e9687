import VixenCore

/// Drops hazard findings whose statement carries a `vixen-gate:allow` comment on its first or
/// last line, or on the first or last line of the call that runs it.
///
/// ``InlineSuppression`` reads only the finding's own line, which for a statement is its
/// first; a multi-line statement such as
///
/// ```python
/// op.create_index(
///     "ix_users_email", "users", ["email"],
/// )  # vixen-gate:allow migration.index-not-concurrent
/// ```
///
/// is suppressed here. The comment is read from the file at the range's head.
struct StatementSuppression {
    private static let marker = "vixen-gate:allow"

    private let tree: MigrationTree
    private var lines: [String: [Substring]] = [:]

    init(tree: MigrationTree) {
        self.tree = tree
    }

    /// Returns whether one of `candidates`, lines of `path`, suppresses `rule`.
    mutating func isSuppressed(_ rule: RuleID, path: String, candidates: [Int]) throws -> Bool {
        let text = try fileLines(path)
        for number in Set(candidates) where number >= 1 && number <= text.count {
            let line = text[number - 1]
            guard let range = line.range(of: Self.marker) else {
                continue
            }
            let rules = InlineSuppression.ruleNames(after: line[range.upperBound...])
            if rules.isEmpty || rules.contains(rule.description) {
                return true
            }
        }
        return false
    }

    private mutating func fileLines(_ path: String) throws -> [Substring] {
        if let cached = lines[path] {
            return cached
        }
        let bytes = try tree.contents(of: path) ?? []
        let text = String(decoding: bytes, as: UTF8.self)
        let split = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        lines[path] = split
        return split
    }
}
