import VixenConfig

/// Flyway versioned migrations `V<version>__<description>.sql`, undone by
/// `U<version>__<description>.sql` in the same folder.
///
/// Versions compare as Flyway compares them: `.` and `_` both separate parts, and leading zeros
/// and trailing zero parts do not count, so `V1_1`, `V1.1` and `V01.1.0` are one version.
/// Repeatable migrations (`R__`) run again on every change and have no undo, so they are
/// not read. By default the SQL is linted as running outside a transaction, because Flyway
/// runs a PostgreSQL migration made of `CREATE INDEX CONCURRENTLY` statements without one.
struct FlywayReader: MigrationReader {
    let framework = MigrationFramework.flyway
    let inTransaction: Bool

    func isCandidate(_ path: String) -> Bool {
        Self.version(of: MigrationPaths.name(of: path), prefix: "V") != nil
    }

    func version(ofFileName name: String) -> String? {
        Self.version(of: name, prefix: "V")
    }

    func forwardPath(ofDown path: String, in tree: MigrationTree) -> String? {
        guard let version = Self.version(of: MigrationPaths.name(of: path), prefix: "U") else {
            return nil
        }
        return Self.sibling(of: path, prefix: "V", version: version, in: tree)
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        guard let version = Self.version(of: file.name, prefix: "V") else {
            return []
        }
        let undoName = "U" + file.name.dropFirst()
        let downPath = Self.sibling(of: file.path, prefix: "U", version: version, in: tree)
        var issues: [ReversibilityIssue]
        if let downPath, let down = try tree.file(downPath) {
            issues = DownShapeIssues.issues(
                SQLText(down.text).shape(firstLine: 1), forwardIsEmpty: SQLText(file.text).statements().isEmpty,
                path: downPath, line: 1, upName: file.name, downName: down.name)
        } else {
            issues = [
                ReversibilityIssue(kind: .missing, path: file.path, line: 1, upName: file.name, downName: undoName)
            ]
        }
        let sql = SQLSection(
            text: file.text, path: file.path, firstLine: 1, inTransaction: inTransaction, keepsLines: true)
        return [
            Migration(
                framework: framework, id: String(file.name.dropLast(4)), path: file.path, downPath: downPath,
                version: version, content: file.bytes, reversibility: issues, forwardSQL: [sql],
                scripts: MigrationScripts(up: .sqlFile(path: file.path), down: downPath.map { .sqlFile(path: $0) }))
        ]
    }

    /// Returns the path of the file in the same folder with `prefix` and the same version.
    private static func sibling(of path: String, prefix: String, version: String, in tree: MigrationTree) -> String? {
        tree.files(in: MigrationPaths.folder(of: path)).first { candidate in
            Self.version(of: MigrationPaths.name(of: candidate), prefix: prefix) == version
        }
    }

    /// Returns the normalized version of `<prefix><version>__<description>.sql`, or nil.
    static func version(of name: String, prefix: String) -> String? {
        guard name.hasPrefix(prefix), name.hasSuffix(".sql"), let separator = name.range(of: "__") else {
            return nil
        }
        let raw = name[name.index(after: name.startIndex)..<separator.lowerBound]
        guard !raw.isEmpty, raw.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "_" }) else {
            return nil
        }
        var parts = raw.split(whereSeparator: { $0 == "." || $0 == "_" }).map { part -> String in
            let trimmed = part.drop { $0 == "0" }
            return trimmed.isEmpty ? "0" : String(trimmed)
        }
        while parts.count > 1, parts.last == "0" {
            parts.removeLast()
        }
        return parts.isEmpty ? nil : parts.joined(separator: ".")
    }
}
