import VixenConfig

/// Knex migrations: JavaScript or TypeScript files in a `migrations` folder that export `up`
/// and `down` functions (see ``JavaScriptExport`` for the forms read).
///
/// A file without an `up` export is not a Knex migration. A missing `down`, or one left as
/// the empty stub that `knex migrate:make` writes, cannot roll back unless `up` is empty too.
/// A `down` whose only statement is a `throw` raises.
// NOTE: SQL passed to `knex.raw()` is not linted.
struct KnexReader: MigrationReader {
    private static let extensions = ["js", "ts", "mjs", "cjs", "mts", "cts"]
    /// Statements that do nothing in a migration function.
    private static let idle: Set<String> = [
        "return", "return Promise.resolve()", "Promise.resolve()", "return Promise.resolve(undefined)",
    ]

    let framework = MigrationFramework.knex

    func isCandidate(_ path: String) -> Bool {
        let name = MigrationPaths.name(of: path)
        guard let dot = name.lastIndex(of: "."), Self.extensions.contains(String(name[name.index(after: dot)...]))
        else {
            return false
        }
        return MigrationPaths.name(of: MigrationPaths.folder(of: path)) == "migrations"
    }

    func version(ofFileName name: String) -> String? {
        MigrationPaths.leadingVersion(of: name)
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        let source = CLikeSource(file.bytes, language: .javaScript)
        guard let up = JavaScriptExport.find("up", in: source) else {
            return []
        }
        var issues: [ReversibilityIssue]
        if let down = JavaScriptExport.find("down", in: source) {
            issues = DownShapeIssues.issues(
                Self.shape(of: down, in: source), forwardIsEmpty: Self.shape(of: up, in: source) == .empty,
                path: file.path, line: down.line, upName: "up", downName: "down")
        } else {
            issues = [
                ReversibilityIssue(kind: .missing, path: file.path, line: up.line, upName: "up", downName: "down")
            ]
        }
        let stem = file.name.split(separator: ".").dropLast().joined(separator: ".")
        return [
            Migration(
                framework: framework, id: stem, path: file.path, version: version(ofFileName: file.name),
                content: file.bytes, reversibility: issues, scripts: .frameworkCommands)
        ]
    }

    private static func shape(of export: JavaScriptExport, in source: CLikeSource) -> DownShape {
        let statements = source.compactCode(export.body).split(separator: ";").map { $0.strippingWhitespace() }
            .filter { !$0.isEmpty }
        let working = statements.filter { !idle.contains($0) }
        guard let only = working.first else {
            return .empty
        }
        if working.count == 1, only.hasPrefix("throw ") {
            let offset = source.occurrences(of: "throw").first { export.body.contains($0) } ?? export.body.lowerBound
            let line = source.line(of: offset)
            return .raises(statement: source.originalLine(line), line: line)
        }
        return .code
    }
}
