/// An item of the workflow's pre-deployment checklist, as `<area>.<item>`.
public enum ChecklistItemID: String, CaseIterable, Sendable, Codable {
    case testsPass = "backend.tests-pass"
    case typeHints = "backend.type-hints"
    case backendEnvironmentDocumented = "backend.env-documented"
    case migrationsTested = "backend.migrations-tested"
    case noHardcodedSecrets = "backend.no-hardcoded-secrets"
    case buildSucceeds = "frontend.build-succeeds"
    case noConsoleErrors = "frontend.no-console-errors"
    case apiIntegrationTested = "frontend.api-integration-tested"
    case frontendEnvironmentConfigured = "frontend.env-configured"
    case assetsOptimized = "frontend.assets-optimized"
    case migrationsReversible = "database.migrations-reversible"
    case backupTaken = "database.backup-taken"
    case indexesChecked = "database.indexes-checked"
    case queryPerformance = "database.query-performance"
    case imagesOptimized = "devops.images-optimized"
    case healthChecksConfigured = "devops.health-checks-configured"
    case logsReachable = "devops.logs-reachable"
    case secretsInCoolify = "devops.secrets-in-coolify"
    case rollbackPlanReady = "devops.rollback-plan-ready"

    public var area: ChecklistArea {
        switch self {
        case .testsPass, .typeHints, .backendEnvironmentDocumented, .migrationsTested, .noHardcodedSecrets:
            .backend
        case .buildSucceeds, .noConsoleErrors, .apiIntegrationTested, .frontendEnvironmentConfigured,
            .assetsOptimized:
            .frontend
        case .migrationsReversible, .backupTaken, .indexesChecked, .queryPerformance:
            .database
        case .imagesOptimized, .healthChecksConfigured, .logsReachable, .secretsInCoolify, .rollbackPlanReady:
            .devops
        }
    }
}
