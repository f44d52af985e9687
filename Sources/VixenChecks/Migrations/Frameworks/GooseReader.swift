import VixenConfig

/// goose migrations: SQL files with `-- +goose Up` and `-- +goose Down` sections, and Go files
/// that register functions with `goose.AddMigration(up, down)` and its variants.
///
/// A SQL file without a `-- +goose Up` line, or a Go file without such a call, is not a goose
/// migration. goose runs each migration in a transaction unless the SQL file has a
/// `-- +goose NO TRANSACTION` line or the Go call is one of the `NoTx` variants. A Go
/// migration whose down function is `nil`, or a function that only returns `nil`, cannot roll back.
struct GooseReader: MigrationReader {
    let framework = MigrationFramework.goose
    /// Overrides the transaction setting of every file when set.
    let inTransaction: Bool?

    func isCandidate(_ path: String) -> Bool {
        path.hasSuffix(".sql") || path.hasSuffix(".go")
    }

    func version(ofFileName name: String) -> String? {
        isCandidate(name) ? MigrationPaths.leadingVersion(of: name) : nil
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        file.name.hasSuffix(".go") ? GooseGoFile(file: file).migrations() : sqlMigrations(file)
    }

    private func sqlMigrations(_ file: MigrationFile) -> [Migration] {
        let lines = file.lines
        guard
            let sections = MarkedSQLSections(
                lines: lines, isUp: { MarkedSQLSections.isComment($0, startingWith: ["+goose", "up"]) },
                isDown: { MarkedSQLSections.isComment($0, startingWith: ["+goose", "down"]) })
        else {
            return []
        }
        let up = sections.up
        let upName = "-- +goose Up"
        let downName = "-- +goose Down"
        var issues: [ReversibilityIssue]
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
        let noTransaction = lines.contains {
            MarkedSQLSections.isComment($0, startingWith: ["+goose", "no", "transaction"])
        }
        let transactional = inTransaction ?? !noTransaction
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

/// A Go file that registers goose migrations.
struct GooseGoFile {
    private static let registrations = [
        "AddMigration", "AddMigrationContext", "AddMigrationNoTx", "AddMigrationNoTxContext", "AddNamedMigration",
        "AddNamedMigrationContext", "AddNamedMigrationNoTx", "AddNamedMigrationNoTxContext",
    ]

    let file: MigrationFile

    func migrations() -> [Migration] {
        let source = GoSource(file.bytes)
        var migrations: [Migration] = []
        for registration in Self.registrations {
            for start in source.occurrences(of: registration) where source.hasText("goose.", at: start - 6) {
                if let migration = migration(registeredAt: start, name: registration, source: source) {
                    migrations.append(migration)
                }
            }
        }
        // goose registers one migration per Go file, named after the file.
        return migrations.first.map { [$0] } ?? []
    }

    private func migration(registeredAt start: Int, name: String, source: GoSource) -> Migration? {
        let open = source.skipWhitespace(from: start + name.count)
        guard open < source.code.count, source.code[open] == UInt8(ascii: "("),
            let close = source.matchingBracket(open)
        else {
            return nil
        }
        let arguments = Self.arguments(source, open: open, close: close)
        let offset = name.hasPrefix("AddNamed") ? 1 : 0
        guard arguments.count >= offset + 2 else {
            return nil
        }
        let line = source.line(of: start)
        let up = arguments[offset]
        let down = arguments[offset + 1]
        let stem = String(file.name.dropLast(3))
        var issues: [ReversibilityIssue] = []
        if source.compactCode(down) == "nil" {
            issues.append(
                ReversibilityIssue(kind: .missing, path: file.path, line: line, upName: "up", downName: "down"))
        } else if Self.isEmptyFunction(down, in: source), !Self.isEmptyFunction(up, in: source) {
            issues.append(ReversibilityIssue(kind: .empty, path: file.path, line: line, upName: "up", downName: "down"))
        }
        return Migration(
            framework: .goose, id: stem, path: file.path, line: line,
            version: MigrationPaths.leadingVersion(of: file.name), content: file.bytes, reversibility: issues,
            scripts: .frameworkCommands)
    }

    /// Splits the code between two parentheses at commas outside nested brackets.
    private static func arguments(_ source: GoSource, open: Int, close: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var depth = 0
        var start = open + 1
        for index in (open + 1)..<close {
            switch source.code[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                result.append(start..<index)
                start = index + 1
            default: break
            }
        }
        result.append(start..<close)
        return result.filter { !source.compactCode($0).isEmpty }
    }

    /// Returns whether the argument is a function, literal or declared in the file, whose body
    /// is empty or only `return nil`.
    private static func isEmptyFunction(_ argument: Range<Int>, in source: GoSource) -> Bool {
        let code = source.compactCode(argument)
        var bodyOpen: Int?
        if code.hasPrefix("func") {
            bodyOpen = argument.first { source.code[$0] == UInt8(ascii: "{") }
        } else if code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !code.isEmpty {
            for declaration in source.occurrences(of: code) where isDeclaration(at: declaration, in: source) {
                bodyOpen = (declaration..<source.code.count).first { source.code[$0] == UInt8(ascii: "{") }
                break
            }
        }
        guard let open = bodyOpen, let close = source.matchingBracket(open) else {
            return false
        }
        let body = source.compactCode((open + 1)..<close)
        return body.isEmpty || body == "return nil"
    }

    private static func isDeclaration(at offset: Int, in source: GoSource) -> Bool {
        var before = offset - 1
        while before >= 0, source.code[before] == 0x20 || source.code[before] == 0x09 {
            before -= 1
        }
        return before >= 3 && source.hasText("func", at: before - 3)
    }
}
