import VixenConfig
import VixenSyntax

/// Django migrations: `migrations/NNNN_name.py` files that define `class Migration`.
///
/// Django reverses its schema operations itself, but not code: a `RunPython` without
/// `reverse_code` or a `RunSQL` without `reverse_sql` makes the migration irreversible.
/// `migrations.RunPython.noop`, `migrations.RunSQL.noop`, and a `reverse_sql` that is empty or
/// only `SELECT 1` declare a reverse that does nothing. The SQL of each `RunSQL` is linted, inside a transaction unless
/// the class sets `atomic = False`.
// NOTE: schema operations such as AddField are not read for locking hazards.
struct DjangoReader: MigrationReader {
    let framework = MigrationFramework.django
    /// Overrides the class's `atomic` setting when set.
    let inTransaction: Bool?

    func isCandidate(_ path: String) -> Bool {
        let name = MigrationPaths.name(of: path)
        let folder = MigrationPaths.folder(of: path)
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        return MigrationPaths.name(of: folder) == "migrations" && name.hasSuffix(".py") && digits.count == 4
            && name.dropFirst(4).first == "_"
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        let module = PythonModule(bytes: file.bytes)
        guard let migrationClass = module.classes.first(where: { $0.qualifiedName == "Migration" }) else {
            return []
        }
        let atomic = migrationClass.assignments.last { $0.targets.contains("atomic") }.flatMap(\.value)
        let transactional = inTransaction ?? (atomic.map { module.literal($0) != .bool(false) } ?? true)
        var issues: [ReversibilityIssue] = []
        var sql: [SQLSection] = []
        for call in module.calls(in: migrationClass.body.tokens) {
            if call.callee == "RunPython" || call.callee.hasSuffix(".RunPython") {
                issues += reverseIssues(call, module: module, path: file.path, operation: "RunPython")
            } else if call.callee == "RunSQL" || call.callee.hasSuffix(".RunSQL") {
                issues += reverseIssues(call, module: module, path: file.path, operation: "RunSQL")
                sql += forwardSQL(call, module: module, path: file.path, inTransaction: transactional)
            }
        }
        return [
            Migration(
                framework: framework, id: String(file.name.dropLast(3)), path: file.path, content: file.bytes,
                reversibility: issues, forwardSQL: sql, scripts: .frameworkCommands)
        ]
    }

    private func reverseIssues(_ call: PythonCall, module: PythonModule, path: String, operation: String)
        -> [ReversibilityIssue]
    {
        let parameter = operation == "RunPython" ? "reverse_code" : "reverse_sql"
        let noOp = "migrations.\(operation).noop"
        let line = call.start.line
        guard let reverse = call.argument(named: parameter, position: 1), module.literal(reverse) != PythonLiteral.none
        else {
            return [
                ReversibilityIssue(
                    kind: .irreversibleOperation, path: path, line: line, upName: operation, downName: parameter,
                    detail: noOp)
            ]
        }
        if reverse.text.hasSuffix("\(operation).noop") || isNoOpSQL(module.literal(reverse)) {
            return [
                ReversibilityIssue(
                    kind: .declaredNoOp, path: path, line: line, upName: operation, downName: parameter,
                    detail: "\(parameter)=\(reverse.text)")
            ]
        }
        return []
    }

    /// Returns whether `reverse_sql` is SQL that does nothing: empty, only comments, or `SELECT 1`.
    private func isNoOpSQL(_ literal: PythonLiteral?) -> Bool {
        guard let strings = literal?.strings else {
            return false
        }
        switch SQLText(strings.joined(separator: ";\n")).shape(firstLine: 1) {
        case .empty, .declaredNoOp: return true
        default: return false
        }
    }

    /// Returns the SQL strings of a `RunSQL`: one string, or a list of strings and `(sql, params)` pairs.
    private func forwardSQL(_ call: PythonCall, module: PythonModule, path: String, inTransaction: Bool) -> [SQLSection]
    {
        guard let argument = call.argument(named: "sql", position: 0), let literal = module.literal(argument) else {
            return []
        }
        var texts: [String] = []
        switch literal {
        case .string(let text):
            texts = [text]
        case .list(let items), .tuple(let items):
            for item in items {
                if let text = item.stringValue {
                    texts.append(text)
                } else if case .tuple(let pair) = item, let text = pair.first?.stringValue {
                    texts.append(text)
                }
            }
        default:
            break
        }
        return texts.map {
            SQLSection(
                text: $0, path: path, firstLine: argument.start.line, inTransaction: inTransaction, keepsLines: false,
                enclosingLines: call.start.line...call.end.line)
        }
    }
}
