import VixenCore
import VixenSyntax

/// `migration.multiple-heads`, `migration.unknown-down-revision` and
/// `migration.duplicate-version` (errors) for Alembic: the revision history at the range's
/// head, read for every history that a new or edited revision belongs to.
///
/// - A head is a revision that no other revision names as its down_revision. Heads in
///   different branches, which `branch_labels` on a revision below them distinguish, are
///   intended. Two heads in one branch make `alembic upgrade head` fail. The finding goes to
///   each new or edited revision that is one of those heads or lies below one, so a branch
///   that already had several heads is reported too once the range adds to it.
/// - A down_revision must name a revision of the same history.
/// - Two scripts must not declare the same revision id.
///
/// When a revision's down_revision is not a constant, the heads are not computed, since the
/// history cannot be known.
enum AlembicHistoryRule {
    /// A revision of the history with the file that declares it.
    private struct Entry {
        let revision: AlembicRevision
        let path: String
    }

    static func findings(for touched: [Migration], finder: MigrationFinder, tree: MigrationTree) throws -> [Finding] {
        var groups: [[String]: [Migration]] = [:]
        for migration in touched {
            if let folders = finder.alembicHistory(of: migration.path) {
                groups[folders, default: []].append(migration)
            }
        }
        var findings: [Finding] = []
        for (folders, members) in groups.sorted(by: { $0.key.joined() < $1.key.joined() }) {
            let history = try entries(of: folders, finder: finder, tree: tree)
            findings += duplicates(members, history: history)
            findings += unknownParents(members, history: history, folders: folders)
            findings += extraHeads(members, history: history)
        }
        return findings
    }

    private static func entries(of folders: [String], finder: MigrationFinder, tree: MigrationTree) throws -> [Entry] {
        var entries: [Entry] = []
        for folder in folders {
            for path in tree.files(under: folder) where finder.alembicHistory(of: path) == folders {
                guard let bytes = try tree.contents(of: path),
                    let revision = AlembicReader.revision(in: PythonModule(bytes: bytes, scope: .moduleLevel))
                else {
                    continue
                }
                entries.append(Entry(revision: revision, path: path))
            }
        }
        return entries
    }

    private static func duplicates(_ members: [Migration], history: [Entry]) -> [Finding] {
        members.compactMap { member in
            guard let revision = member.alembic,
                let other = history.first(where: { $0.revision.revision == revision.revision && $0.path != member.path }
                )
            else {
                return nil
            }
            return finding(
                .duplicateVersion, member, line: revision.revisionLine,
                Catalog.migrationDuplicateVersion(path: member.path, version: revision.revision, otherPath: other.path))
        }
    }

    private static func unknownParents(_ members: [Migration], history: [Entry], folders: [String]) -> [Finding] {
        let known = Set(history.map(\.revision.revision))
        var findings: [Finding] = []
        for member in members {
            guard let revision = member.alembic else {
                continue
            }
            for parent in revision.downRevisions ?? [] where !known.contains(parent) {
                findings.append(
                    finding(
                        .unknownDownRevision, member, line: revision.downRevisionLine,
                        Catalog.migrationUnknownDownRevision(
                            revision: revision.revision, path: member.path, missing: parent,
                            folder: folders.joined(separator: ", "))))
            }
        }
        return findings
    }

    private static func extraHeads(_ members: [Migration], history: [Entry]) -> [Finding] {
        guard history.allSatisfy({ $0.revision.downRevisions != nil }) else {
            return []
        }
        var parents: [String: [String]] = [:]
        for entry in history {
            parents[entry.revision.revision] = entry.revision.downRevisions ?? []
        }
        let named = Set(parents.values.flatMap { $0 })
        let heads = parents.keys.filter { !named.contains($0) }.sorted()
        let branches = Dictionary(grouping: heads) { branchLabel(of: $0, history: history, parents: parents) }
        var findings: [Finding] = []
        for (_, branchHeads) in branches.sorted(by: { $0.key < $1.key }) where branchHeads.count > 1 {
            let below = Set(branchHeads.flatMap { ancestors(of: $0, parents: parents) })
            for member in members {
                guard let revision = member.alembic, below.contains(revision.revision) else {
                    continue
                }
                findings.append(
                    finding(
                        .multipleHeads, member, line: revision.downRevisionLine,
                        Catalog.migrationMultipleHeads(
                            revision: revision.revision, path: member.path, heads: branchHeads)))
            }
        }
        return findings
    }

    /// Returns the first `branch_labels` entry met walking down from `head` along first
    /// parents, or "" when there is none.
    private static func branchLabel(of head: String, history: [Entry], parents: [String: [String]]) -> String {
        var current: String? = head
        var seen = Set<String>()
        while let revision = current, seen.insert(revision).inserted {
            if let label = history.first(where: { $0.revision.revision == revision })?.revision.branchLabels.first {
                return label
            }
            current = parents[revision]?.first
        }
        return ""
    }

    /// Returns `revision` and every revision below it.
    private static func ancestors(of revision: String, parents: [String: [String]]) -> Set<String> {
        var result = Set<String>()
        var pending = [revision]
        while let next = pending.popLast() {
            guard result.insert(next).inserted else {
                continue
            }
            pending += parents[next] ?? []
        }
        return result
    }

    private static func finding(_ rule: MigrationRule, _ migration: Migration, line: Int, _ message: LocalizedText)
        -> Finding
    {
        Finding(rule: rule.rule, severity: rule.defaultSeverity, file: migration.path, line: line, message: message)
    }
}
