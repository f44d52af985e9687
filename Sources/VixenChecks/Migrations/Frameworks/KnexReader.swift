import VixenConfig
import VixenSyntax

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
        let code = JavaScriptCode(file.bytes)
        guard let up = JavaScriptExport.find("up", in: code) else {
            return []
        }
        var issues: [ReversibilityIssue]
        if let down = JavaScriptExport.find("down", in: code) {
            issues = DownShapeIssues.issues(
                Self.shape(of: down, in: code, lines: file.lines),
                forwardIsEmpty: Self.shape(of: up, in: code, lines: file.lines) == .empty,
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

    /// Returns the shape of an exported function's body, quoting a `throw` from the file's `lines`.
    private static func shape(of export: JavaScriptExport, in code: JavaScriptCode, lines: [Substring]) -> DownShape {
        var statements: [String] = []
        var start = export.body.lowerBound
        for index in export.body where code.isPunctuator(";", at: index) {
            statements.append(code.compactText(start..<index))
            start = index + 1
        }
        statements.append(code.compactText(start..<export.body.upperBound))
        let working = statements.filter { !$0.isEmpty && !idle.contains($0) }
        guard let only = working.first else {
            return .empty
        }
        if working.count == 1, only.hasPrefix("throw ") {
            let throwIndex = export.body.first { code.isWord("throw", at: $0) } ?? export.body.lowerBound
            let line = code.tokens.indices.contains(throwIndex) ? code.tokens[throwIndex].line : export.line
            let text = lines.indices.contains(line - 1) ? lines[line - 1].strippingWhitespace() : ""
            return .raises(statement: text, line: line)
        }
        return .code
    }
}
