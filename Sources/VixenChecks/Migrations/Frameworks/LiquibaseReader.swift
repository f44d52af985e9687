import VixenConfig

/// Liquibase formatted SQL: a file that starts with `--liquibase formatted sql`, split into
/// changesets by `--changeset author:id` lines, each undone by its `--rollback` lines.
///
/// Every changeset is a migration of its own, identified by `author:id`, so adding a
/// changeset to an existing file is a new migration and editing one is an edit. Liquibase
/// cannot generate the rollback of raw SQL, so a changeset without `--rollback` lines cannot
/// roll back. `--rollback empty` and `--rollback not required` declare a rollback that does
/// nothing. A changeset runs in a transaction unless it says `runInTransaction:false`.
// NOTE: rollbacks written as `/* liquibase rollback */` blocks are not read.
struct LiquibaseReader: MigrationReader {
    let framework = MigrationFramework.liquibase
    /// Overrides every changeset's transaction setting when set.
    let inTransaction: Bool?

    func isCandidate(_ path: String) -> Bool {
        path.hasSuffix(".sql")
    }

    func migrations(in file: MigrationFile, tree: MigrationTree) throws -> [Migration] {
        let lines = file.lines
        guard let header = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }),
            MarkedSQLSections.isComment(header, startingWith: ["liquibase", "formatted", "sql"])
        else {
            return []
        }
        let starts = lines.indices.filter { MarkedSQLSections.isComment(lines[$0], startingWith: ["changeset"]) }
        var migrations: [Migration] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            migrations.append(changeset(lines, start: start, end: end, file: file))
        }
        return migrations
    }

    private func changeset(_ lines: [Substring], start: Int, end: Int, file: MigrationFile) -> Migration {
        let words = lines[start].dropFirst(2).split(whereSeparator: \.isWhitespace)
        let id = words.count > 1 ? String(words[1]) : "?"
        let line = start + 1
        var forward: [Substring] = []
        var rollback: [String] = []
        var rollbackLine = line
        for index in (start + 1)..<end {
            let text = lines[index]
            if MarkedSQLSections.isComment(text, startingWith: ["rollback"]) {
                rollbackLine = rollback.isEmpty ? index + 1 : rollbackLine
                let content = text.dropFirst(2).drop(while: \.isWhitespace).dropFirst("rollback".count)
                rollback.append(content.strippingWhitespace())
                forward.append("")
            } else {
                forward.append(text)
            }
        }

        let upName = "--changeset \(id)"
        let issues = reversibility(
            rollback, forward: forward, path: file.path, lines: (line, rollbackLine), upName: upName)
        let transactional = inTransaction ?? !words.contains { $0.lowercased() == "runintransaction:false" }
        let sql = SQLSection(
            text: forward.joined(separator: "\n"), path: file.path, firstLine: line + 1, inTransaction: transactional,
            keepsLines: true)
        // Blank lines after a changeset are not part of it, so appending another changeset
        // after them leaves its content unchanged.
        var last = end
        while last > start + 1, lines[last - 1].allSatisfy(\.isWhitespace) {
            last -= 1
        }
        let content = Array(lines[start..<last].joined(separator: "\n").utf8)

        return Migration(
            framework: framework, id: id, path: file.path, line: line, content: content, reversibility: issues,
            forwardSQL: [sql], scripts: scripts(forward: sql.text, rollback: rollback, inTransaction: transactional))
    }

    /// Returns how `migrations verify` runs the changeset: its body up, its `--rollback` lines down.
    ///
    /// `--rollback empty` and `--rollback not required` run nothing, as in Liquibase.
    private func scripts(forward: String, rollback: [String], inTransaction: Bool) -> MigrationScripts {
        guard !rollback.isEmpty else {
            return MigrationScripts(up: .sql(forward, inTransaction: inTransaction), down: nil)
        }
        var down = rollback.joined(separator: "\n")
        if ["empty", "not required"].contains(down.lowercased()) {
            down = ""
        }
        return MigrationScripts(
            up: .sql(forward, inTransaction: inTransaction), down: .sql(down, inTransaction: inTransaction))
    }

    /// Returns the changeset's reversibility issues; `lines` are the changeset's line and its
    /// first `--rollback` line.
    private func reversibility(
        _ rollback: [String], forward: [Substring], path: String, lines: (changeset: Int, rollback: Int),
        upName: String
    ) -> [ReversibilityIssue] {
        let downName = "--rollback"
        guard !rollback.isEmpty else {
            return [
                ReversibilityIssue(
                    kind: .missing, path: path, line: lines.changeset, upName: upName, downName: downName)
            ]
        }
        let joined = rollback.joined(separator: "\n")
        if ["empty", "not required"].contains(joined.lowercased()) {
            return [
                ReversibilityIssue(
                    kind: .declaredNoOp, path: path, line: lines.rollback, upName: upName, downName: downName,
                    detail: "--rollback \(joined)")
            ]
        }
        let forwardIsEmpty = SQLText(forward.joined(separator: "\n")).statements().isEmpty
        return DownShapeIssues.issues(
            SQLText(joined).shape(firstLine: lines.rollback), forwardIsEmpty: forwardIsEmpty, path: path,
            line: lines.rollback, upName: upName, downName: downName)
    }
}
