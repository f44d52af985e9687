import VixenConfig
import VixenCore

/// `migration.*`: the migrations a range adds, edits or deletes, for every framework under
/// `Frameworks/`.
///
/// - Reversibility (``ReversibilityFindings``): each new migration must have a down part
///   that undoes it.
/// - History (``MigrationChanges``, ``AlembicHistoryRule``, ``DuplicateVersionRule``): a
///   migration that exists at the range's base must not change, Alembic's revision history
///   must keep one head per branch, and versions must be unique.
/// - Locking (``SafetyFindings``): the operations and SQL of each new migration are read for
///   PostgreSQL hazards, one ``MigrationHazard`` per rule.
///
/// Migrations are read from whole files at the range's head and base, with the index's and the
/// work tree's versions laid over the head when their changes were read. Files over
/// `limits.max_file_size` are not read, which `git.file-too-large` reports. Each finding names
/// the commit of the range that last changed its file (``MigrationFindingCommits``).
public struct MigrationsCheck: Check {
    /// File extensions that any framework's migrations have; a range without them is skipped.
    private static let extensions: Set<String> = ["py", "sql", "go", "js", "ts", "mjs", "cjs", "mts", "cts"]

    public init() {}

    /// Every rule this check reports, with its default severity.
    public static var rules: [(id: RuleID, severity: Severity)] {
        MigrationRule.allCases.map { ($0.rule, $0.defaultSeverity) }
            + MigrationHazard.allCases.map { ($0.rule, $0.defaultSeverity) }
    }

    public func run(_ context: CheckContext) throws -> [Finding] {
        let entries = Self.changedFiles(context.changes)
        guard entries.contains(where: { Self.mayHoldMigration($0.file.path) }) else {
            return []
        }
        let settings = context.configuration.migrations
        let limit = context.configuration.limits.maxFileSize
        let head = try Self.headTree(context, maxFileSize: limit)
        let headFinder = try MigrationFinder(settings: settings, tree: head)
        var base: (tree: MigrationTree, finder: MigrationFinder)?
        if let snapshot = context.base {
            let tree = MigrationTree(snapshot: snapshot, maxFileSize: limit)
            base = (tree, try MigrationFinder(settings: settings, tree: tree))
        }

        var changes = MigrationChanges(head: head, headFinder: headFinder, base: base)
        for entry in entries where Self.mayHoldMigration(entry.file.path) || entry.file.status == .deleted {
            try changes.read(entry.file, fromWorkingChanges: entry.isWorking)
        }

        var findings = changes.findings
        var safety = SafetyFindings(tree: head)
        for migration in changes.added {
            findings += ReversibilityFindings.findings(for: migration)
            findings += try safety.findings(for: migration)
        }
        findings += DuplicateVersionRule.findings(for: changes.added, finder: headFinder, tree: head)
        findings += try AlembicHistoryRule.findings(for: changes.touchedRevisions, finder: headFinder, tree: head)
        let commits = MigrationFindingCommits(context.changes)
        return findings.map(commits.attributed)
    }

    /// Returns every changed path once, the range's own change first, then the index's and
    /// the work tree's, as ``ChangeSet/changedFiles`` orders them.
    private static func changedFiles(_ changes: ChangeSet) -> [(file: FileChange, isWorking: Bool)] {
        var seen = Set<String>()
        var result: [(FileChange, Bool)] = []
        for (files, isWorking) in [(changes.overall, false), (changes.staged, true), (changes.worktree, true)] {
            for file in files where seen.insert(file.path).inserted {
                result.append((file, isWorking))
            }
        }
        return result
    }

    private static func mayHoldMigration(_ path: String) -> Bool {
        let name = MigrationPaths.name(of: path)
        guard let dot = name.lastIndex(of: ".") else {
            return false
        }
        return extensions.contains(String(name[name.index(after: dot)...]))
    }

    /// Returns the head's tree with the index's and then the work tree's changes laid over it.
    ///
    /// An added file's content is its added lines. A modified, renamed or retyped file is read
    /// from the index or the work tree through ``CheckContext/workingFiles``; without it, such a
    /// file keeps the head's version. Files the range itself adds are laid over the tree too,
    /// although the head commit has them, because their added lines are the whole file already
    /// read, so no blob is read twice.
    private static func headTree(_ context: CheckContext, maxFileSize: Int64) throws -> MigrationTree {
        var overlay: [String: [UInt8]] = [:]
        var removed = Set<String>()
        for file in context.changes.overall where file.status == .added {
            if case .text(let added) = file.content {
                overlay[file.path] = added.bytes
            }
        }
        let working = [(context.changes.staged, false), (context.changes.worktree, true)]
        for (files, inWorkTree) in working {
            for file in files {
                if file.status == .renamed, let oldPath = file.oldPath {
                    removed.insert(oldPath)
                    overlay[oldPath] = nil
                }
                switch file.status {
                case .deleted:
                    removed.insert(file.path)
                    overlay[file.path] = nil
                case .added:
                    overlay[file.path] = file.addedText.bytes
                    removed.remove(file.path)
                default:
                    guard
                        let bytes = try workingContents(
                            of: file, inWorkTree: inWorkTree, source: context.workingFiles)
                    else {
                        continue
                    }
                    overlay[file.path] = bytes
                    removed.remove(file.path)
                }
            }
        }
        return MigrationTree(snapshot: context.head, maxFileSize: maxFileSize, overlay: overlay, removed: removed)
    }

    /// Returns the new version of a text file that the index or the work tree changes, or nil
    /// when it is not text or cannot be read.
    private static func workingContents(
        of file: FileChange, inWorkTree: Bool, source: (any WorkingFileSource)?
    ) throws -> [UInt8]? {
        guard let source, case .text = file.content else {
            return nil
        }
        return inWorkTree ? try source.workTreeContents(of: file.path) : try source.indexContents(of: file)
    }
}
