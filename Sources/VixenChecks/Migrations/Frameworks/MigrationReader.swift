import VixenConfig

/// Reads one framework's migration files.
///
/// A reader first judges a path by its place and name alone, then reads the file, and a
/// file whose content shows it is not one of the framework's migrations gives none. That
/// lets several readers that recognize files by content, such as dbmate and goose for `.sql`
/// files, be tried in turn.
protocol MigrationReader: Sendable {
    var framework: MigrationFramework { get }

    /// Returns whether the framework keeps migrations at `path`, judged from the path alone,
    /// when no `paths` are configured for it.
    func isCandidate(_ path: String) -> Bool

    /// Returns the migrations `file` holds, or none when it is not one of this framework's.
    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration]

    /// Returns the forward file that the down file at `path` undoes, or nil when `path` is no
    /// down file of this framework.
    func forwardPath(ofDown path: String, in tree: MigrationTree) -> String?

    /// Returns the version that a migration file's name carries, or nil when it carries none
    /// or is no forward migration file of this framework.
    func version(ofFileName name: String) -> String?
}

extension MigrationReader {
    func forwardPath(ofDown path: String, in tree: MigrationTree) -> String? {
        nil
    }

    func version(ofFileName name: String) -> String? {
        nil
    }
}

/// The reversibility issues of a down part that exists, from its shape.
enum DownShapeIssues {
    /// Returns the issue that `shape` makes, or none.
    ///
    /// An empty down part is fine when the forward part is empty too, as in an Alembic merge
    /// revision or a fresh stub: there is nothing to undo.
    static func issues(
        _ shape: DownShape, forwardIsEmpty: Bool, path: String, line: Int, upName: String, downName: String
    ) -> [ReversibilityIssue] {
        switch shape {
        case .empty where !forwardIsEmpty:
            return [ReversibilityIssue(kind: .empty, path: path, line: line, upName: upName, downName: downName)]
        case .declaredNoOp(let detail):
            return [
                ReversibilityIssue(
                    kind: .declaredNoOp, path: path, line: line, upName: upName, downName: downName, detail: detail)
            ]
        case .raises(let statement, let raiseLine):
            return [
                ReversibilityIssue(
                    kind: .raises, path: path, line: raiseLine, upName: upName, downName: downName, detail: statement)
            ]
        default:
            return []
        }
    }
}
