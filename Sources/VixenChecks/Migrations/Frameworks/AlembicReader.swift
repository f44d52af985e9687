import VixenConfig
import VixenSyntax

/// Alembic revision scripts: `revision`, `down_revision`, `upgrade()` and `downgrade()`.
///
/// A `.py` file in a versions folder (see ``AlembicLayout``) is a revision when it assigns a
/// constant string to `revision`. Its `downgrade()` must undo `upgrade()`: a missing one, or
/// one with only `pass`, `...`, a docstring or a `raise`, cannot roll back, unless
/// `upgrade()` does nothing either, as in a merge revision. `upgrade()`'s operations are read
/// for locking hazards by ``AlembicOperationReader``.
struct AlembicReader: MigrationReader {
    let framework = MigrationFramework.alembic
    let layout: AlembicLayout
    /// Whether Alembic runs the migration inside a transaction, as its PostgreSQL default does.
    let inTransaction: Bool

    func isCandidate(_ path: String) -> Bool {
        layout.history(of: path) != nil
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        let module = PythonModule(bytes: file.bytes)
        guard let revision = Self.revision(in: module) else {
            return []
        }
        let upgrade = module.function(named: "upgrade")
        let forwardIsEmpty = upgrade.map { PythonBodyShape.shape(of: $0, in: module) == .empty } ?? true
        var issues: [ReversibilityIssue] = []
        if let downgrade = module.function(named: "downgrade") {
            issues = DownShapeIssues.issues(
                PythonBodyShape.shape(of: downgrade, in: module), forwardIsEmpty: forwardIsEmpty, path: file.path,
                line: downgrade.keyword.line, upName: "upgrade()", downName: "downgrade()")
        } else {
            let line = upgrade?.keyword.line ?? revision.revisionLine
            issues = [
                ReversibilityIssue(
                    kind: .missing, path: file.path, line: line, upName: "upgrade()", downName: "downgrade()")
            ]
        }
        let operations = upgrade.map {
            AlembicOperationReader(module: module, path: file.path, inTransaction: inTransaction).read($0)
        }
        return [
            Migration(
                framework: framework, id: revision.revision, path: file.path, content: file.bytes,
                reversibility: issues, forwardSQL: operations?.sql ?? [], hazards: operations?.hazards ?? [],
                alembic: revision, scripts: .frameworkCommands)
        ]
    }

    /// Returns the revision a module declares, or nil when it assigns no constant `revision`.
    static func revision(in module: PythonModule) -> AlembicRevision? {
        guard let assignment = module.assignment(to: "revision"), let value = assignment.value,
            let revision = module.literal(value)?.stringValue
        else {
            return nil
        }
        let down = module.assignment(to: "down_revision")
        var downRevisions: [String]?
        if let value = down?.value, let literal = module.literal(value) {
            downRevisions = literal == .none ? [] : literal.strings
        }
        let labels = module.assignment(to: "branch_labels").flatMap(\.value).flatMap { module.literal($0)?.strings }
        return AlembicRevision(
            revision: revision, downRevisions: downRevisions, branchLabels: labels ?? [],
            revisionLine: assignment.start.line, downRevisionLine: down?.start.line ?? assignment.start.line)
    }
}
