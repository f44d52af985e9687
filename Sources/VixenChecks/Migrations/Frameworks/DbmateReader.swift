import VixenConfig

/// dbmate migrations: one SQL file with a `-- migrate:up` section and a `-- migrate:down` section.
///
/// A file without a `-- migrate:up` line is not a dbmate migration. dbmate runs each
/// migration in a transaction unless its up marker line contains `transaction:false`.
struct DbmateReader: MigrationReader {
    let framework = MigrationFramework.dbmate
    /// Overrides the transaction setting of every file when set.
    let inTransaction: Bool?

    func isCandidate(_ path: String) -> Bool {
        path.hasSuffix(".sql")
    }

    func version(ofFileName name: String) -> String? {
        name.hasSuffix(".sql") ? MigrationPaths.leadingVersion(of: name) : nil
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        guard
            let sections = MarkedSQLSections(
                lines: file.lines, isUp: { MarkedSQLSections.isComment($0, startingWith: ["migrate:up"]) },
                isDown: { MarkedSQLSections.isComment($0, startingWith: ["migrate:down"]) })
        else {
            return []
        }
        let up = sections.up
        var issues: [ReversibilityIssue]
        let upName = "-- migrate:up"
        let downName = "-- migrate:down"
        if let down = sections.down {
            issues = DownShapeIssues.issues(
                SQLText(down.text).shape(firstLine: down.firstLine),
                forwardIsEmpty: SQLText(up.text).statements().isEmpty, path: file.path, line: down.markerLine,
                upName: upName, downName: downName)
        } else {
            issues = [
                ReversibilityIssue(
                    kind: .missing, path: file.path, line: up.markerLine, upName: upName, downName: downName)
            ]
        }
        let transactional = inTransaction ?? !up.marker.contains("transaction:false")
        let sql = SQLSection(
            text: up.text, path: file.path, firstLine: up.firstLine, inTransaction: transactional, keepsLines: true)
        let scripts = MigrationScripts(
            up: .sql(up.text, inTransaction: transactional),
            down: sections.down.map { .sql($0.text, inTransaction: transactional) })
        return [
            Migration(
                framework: framework, id: String(file.name.dropLast(4)), path: file.path,
                version: version(ofFileName: file.name), content: file.bytes, reversibility: issues, forwardSQL: [sql],
                scripts: scripts)
        ]
    }
}
