/// What a step does, as a stable English id that the deploy runner and people's scripts match on.
///
/// Steps for one component have their own ids for the backend and the frontend, and a `*-component` id
/// with the component named beside it for components a configuration adds.
public enum StepAction: String, CaseIterable, Sendable, Codable {
    case confirmCriticalSeverity = "confirm-critical-severity"
    case verifyFix = "verify-fix"
    case soakCheck = "soak-check"
    case windowCheck = "window-check"
    case runBackendTests = "run-backend-tests"
    case runFrontendTests = "run-frontend-tests"
    case runComponentTests = "run-component-tests"
    case runRegressionSuite = "run-regression-suite"
    case prepareRollback = "prepare-rollback"
    case backupDatabase = "backup-database"
    case applyMigrations = "apply-migrations"
    case deployBackend = "deploy-backend"
    case deployFrontend = "deploy-frontend"
    case deployComponent = "deploy-component"
    case healthCheck = "health-check"
    case watchWindow = "watch-window"
    case smokeTestBackend = "smoke-test-backend"
    case smokeTestFrontend = "smoke-test-frontend"
    case smokeTestComponent = "smoke-test-component"
    case watchMetrics = "watch-metrics"
    case report
}
