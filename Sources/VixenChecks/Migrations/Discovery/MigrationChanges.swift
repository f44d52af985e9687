import VixenCore

/// The migrations a range touches, compared between its base and its head.
///
/// A migration that the base already has is applied, or may be: editing, renaming or deleting
/// it is a history finding, while a migration the base lacks is new and gets the content
/// checks. With no base (a range from the root commit), every migration is new.
struct MigrationChanges {
    /// Migrations at the head that the base does not have.
    private(set) var added: [Migration] = []
    /// Alembic revisions at the head in changed files, new or edited, whose history is checked.
    private(set) var touchedRevisions: [Migration] = []
    /// `migration.applied-edited` and `migration.applied-deleted` findings.
    private(set) var findings: [Finding] = []

    private let head: MigrationTree
    private let headFinder: MigrationFinder
    private let base: (tree: MigrationTree, finder: MigrationFinder)?

    init(head: MigrationTree, headFinder: MigrationFinder, base: (tree: MigrationTree, finder: MigrationFinder)?) {
        self.head = head
        self.headFinder = headFinder
        self.base = base
    }

    /// Reads one changed file.
    ///
    /// `fromWorkingChanges` is true for a change of the index or the work tree, whose new
    /// content the head tree may not hold.
    mutating func read(_ file: FileChange, fromWorkingChanges: Bool) throws {
        if file.status == .deleted {
            try readDeletion(file.path)
            return
        }
        let current = try headFinder.migrations(at: file.path, in: head)
        var previous = try baseMigrations(at: file.oldPath ?? file.path)
        for migration in current {
            if migration.framework == .alembic {
                touchedRevisions.append(migration)
            }
            guard
                let index = previous.firstIndex(where: { $0.framework == migration.framework && $0.id == migration.id })
            else {
                added.append(migration)
                continue
            }
            let applied = previous.remove(at: index)
            if applied.path != migration.path {
                findings.append(
                    finding(
                        .appliedEdited, path: migration.path, line: migration.line,
                        Catalog.migrationAppliedRenamed(
                            migration: migration.id, path: migration.path, oldPath: applied.path)))
            } else if applied.content != migration.content || (fromWorkingChanges && file.status != .added) {
                findings.append(
                    finding(
                        .appliedEdited, path: migration.path, line: firstAddedLine(file, from: migration.line),
                        Catalog.migrationAppliedEdited(migration: migration.id, path: migration.path)))
            }
        }
        for applied in previous {
            findings.append(
                finding(
                    .appliedDeleted, path: file.path, line: 1,
                    Catalog.migrationAppliedDeleted(migration: applied.id, path: applied.path)))
        }
    }

    private mutating func readDeletion(_ path: String) throws {
        guard let base else {
            return
        }
        let applied = try base.finder.migrations(at: path, in: base.tree)
        for migration in applied {
            findings.append(
                finding(
                    .appliedDeleted, path: path, line: nil,
                    Catalog.migrationAppliedDeleted(migration: migration.id, path: migration.path)))
        }
        // A deleted down file whose applied forward file stays loses the way back.
        guard applied.isEmpty, let forward = base.finder.forwardPath(ofDown: path, in: base.tree),
            head.contains(forward),
            let migration = try base.finder.migrations(at: forward, in: base.tree).first
        else {
            return
        }
        findings.append(
            finding(
                .appliedDeleted, path: path, line: nil,
                Catalog.migrationDownDeleted(migration: migration.id, path: forward, downPath: path)))
    }

    private func baseMigrations(at path: String) throws -> [Migration] {
        guard let base else {
            return []
        }
        return try base.finder.migrations(at: path, in: base.tree)
    }

    /// Returns the first added line at or after `line`, where an edit of the migration starts.
    private func firstAddedLine(_ file: FileChange, from line: Int) -> Int {
        file.addedText.lines.first { $0.number >= line }?.number ?? line
    }

    private func finding(_ rule: MigrationRule, path: String, line: Int?, _ message: LocalizedText) -> Finding {
        Finding(rule: rule.rule, severity: rule.defaultSeverity, file: path, line: line, message: message)
    }
}
