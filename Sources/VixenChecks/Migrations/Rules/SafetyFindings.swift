import VixenCore

/// The locking hazards of the migrations a range adds, as findings: those read from a
/// migration's code and those ``SQLSafetyLinter`` finds in the SQL it runs.
///
/// Each finding points at its statement's first line. A `vixen-gate:allow` comment on the
/// statement's first or last line suppresses it (see ``StatementSuppression``).
struct SafetyFindings {
    private let linter = SQLSafetyLinter()
    private var suppression: StatementSuppression

    init(tree: MigrationTree) {
        suppression = StatementSuppression(tree: tree)
    }

    mutating func findings(for migration: Migration) throws -> [Finding] {
        var findings: [Finding] = []
        for hazard in migration.hazards {
            let candidates = [hazard.firstLine, hazard.lastLine]
            let message = hazard.hazard.message(subject: hazard.subject, source: hazard.source)
            if let finding = try finding(hazard.hazard, message, migration, hazard.firstLine, candidates) {
                findings.append(finding)
            }
        }
        for section in migration.forwardSQL {
            let text = SQLText(section.text)
            for match in linter.lint(section.text, inTransaction: section.inTransaction) {
                var line = section.firstLine
                var candidates = [section.firstLine]
                if section.keepsLines {
                    line = section.firstLine + match.line - 1
                    candidates = [line, section.firstLine + text.statementEndLine(startingAt: match.line) - 1]
                }
                if let enclosing = section.enclosingLines {
                    candidates += [enclosing.lowerBound, enclosing.upperBound]
                }
                let message = match.hazard.message(subject: match.subject)
                if let finding = try finding(match.hazard, message, migration, line, candidates) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    private mutating func finding(
        _ hazard: MigrationHazard, _ hazardMessage: LocalizedText, _ migration: Migration, _ line: Int,
        _ candidates: [Int]
    ) throws -> Finding? {
        guard !(try suppression.isSuppressed(hazard.rule, path: migration.path, candidates: candidates)) else {
            return nil
        }
        let message = Catalog.migrationHazardContext(
            migration: migration.id, path: migration.path, hazard: hazardMessage)
        return Finding(
            rule: hazard.rule, severity: hazard.defaultSeverity, file: migration.path, line: line, message: message)
    }
}
