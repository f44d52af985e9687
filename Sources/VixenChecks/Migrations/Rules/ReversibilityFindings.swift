import VixenCore

/// `migration.missing-down`, `migration.empty-down`, `migration.raising-down`,
/// `migration.irreversible-operation`, `migration.noop-down` and `migration.forward-only`:
/// the reversibility issues of the migrations a range adds, as findings.
enum ReversibilityFindings {
    static func findings(for migration: Migration) -> [Finding] {
        migration.reversibility.map { issue in
            let rule = rule(for: issue.kind)
            return Finding(
                rule: rule.rule, severity: rule.defaultSeverity, file: issue.path, line: issue.line,
                message: message(issue, migration: migration))
        }
    }

    private static func rule(for kind: ReversibilityIssue.Kind) -> MigrationRule {
        switch kind {
        case .missing: .missingDown
        case .empty: .emptyDown
        case .raises: .raisingDown
        case .declaredNoOp: .noOpDown
        case .irreversibleOperation: .irreversibleOperation
        case .forwardOnly: .forwardOnly
        }
    }

    private static func message(_ issue: ReversibilityIssue, migration: Migration) -> LocalizedText {
        let id = migration.id
        let path = migration.path
        switch issue.kind {
        case .missing:
            return Catalog.migrationMissingDown(
                migration: id, path: path, upName: issue.upName, downName: issue.downName)
        case .empty:
            return Catalog.migrationEmptyDown(migration: id, path: path, upName: issue.upName, downName: issue.downName)
        case .raises:
            return Catalog.migrationRaisingDown(
                migration: id, path: path, downName: issue.downName, statement: issue.detail)
        case .declaredNoOp:
            return Catalog.migrationNoOpDown(migration: id, path: path, detail: issue.detail)
        case .irreversibleOperation:
            return Catalog.migrationIrreversibleOperation(
                migration: id, path: path, operation: issue.upName, parameter: issue.downName, noOp: issue.detail)
        case .forwardOnly:
            return Catalog.migrationForwardOnly(migration: id, path: path)
        }
    }
}
