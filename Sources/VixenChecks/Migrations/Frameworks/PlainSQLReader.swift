import VixenConfig

/// Plain SQL pairs: `<version>_<name>.up.sql` with `<version>_<name>.down.sql` (golang-migrate,
/// sqlx), or `<version>_<name>_up.sql` with `<version>_<name>_down.sql`, in one folder.
///
/// The up file is the migration, and a missing, empty or comment-only down file cannot roll
/// it back. By default the SQL is linted as running outside a transaction, as golang-migrate
/// runs it.
// NOTE: PostgreSQL runs a file that golang-migrate sends as one multi-statement query in an
// implicit transaction, so `CREATE INDEX CONCURRENTLY` fails there unless it is alone in its file.
struct PlainSQLReader: MigrationReader {
    let framework = MigrationFramework.sql
    let inTransaction: Bool

    /// The parts of a pair file's name.
    private struct Name {
        let stem: String
        let version: String
        let isUp: Bool
        /// The name of the file in the other direction.
        let partner: String
    }

    private static let suffixes: [(suffix: String, isUp: Bool, partner: String)] = [
        (".up.sql", true, ".down.sql"), (".down.sql", false, ".up.sql"),
        ("_up.sql", true, "_down.sql"), ("_down.sql", false, "_up.sql"),
    ]

    func isCandidate(_ path: String) -> Bool {
        Self.name(MigrationPaths.name(of: path))?.isUp ?? false
    }

    func version(ofFileName name: String) -> String? {
        Self.name(name).flatMap { $0.isUp ? $0.version : nil }
    }

    func forwardPath(ofDown path: String, in tree: MigrationTree) -> String? {
        guard let name = Self.name(MigrationPaths.name(of: path)), !name.isUp else {
            return nil
        }
        return MigrationPaths.join(MigrationPaths.folder(of: path), name.partner)
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        guard let name = Self.name(file.name), name.isUp else {
            return []
        }
        let downPath = MigrationPaths.join(file.folder, name.partner)
        let forwardIsEmpty = SQLText(file.text).statements().isEmpty
        var issues: [ReversibilityIssue]
        let down = try tree.file(downPath)
        if let down {
            issues = DownShapeIssues.issues(
                SQLText(down.text).shape(firstLine: 1), forwardIsEmpty: forwardIsEmpty, path: downPath, line: 1,
                upName: file.name, downName: name.partner)
        } else {
            issues = [
                ReversibilityIssue(kind: .missing, path: file.path, line: 1, upName: file.name, downName: name.partner)
            ]
        }
        let sql = SQLSection(
            text: file.text, path: file.path, firstLine: 1, inTransaction: inTransaction, keepsLines: true)
        return [
            Migration(
                framework: framework, id: name.stem, path: file.path, downPath: downPath, version: name.version,
                content: file.bytes, reversibility: issues, forwardSQL: [sql],
                scripts: MigrationScripts(up: .sqlFile(path: file.path), down: down.map { .sqlFile(path: $0.path) }))
        ]
    }

    private static func name(_ fileName: String) -> Name? {
        for entry in suffixes where fileName.hasSuffix(entry.suffix) {
            let stem = String(fileName.dropLast(entry.suffix.count))
            guard let version = MigrationPaths.leadingVersion(of: stem) else {
                return nil
            }
            return Name(stem: stem, version: version, isUp: entry.isUp, partner: stem + entry.partner)
        }
        return nil
    }
}
