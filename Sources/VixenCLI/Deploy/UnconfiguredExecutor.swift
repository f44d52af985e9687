import VixenCore
import VixenDeploy

/// The executor of a build without the Coolify runner: it stops before any step, so a decision to
/// deploy ends with exit status 2 and an unchanged state, never with a silent pass.
// TODO: replace with the executor that runs the backup, migration and Coolify steps once
// VixenCoolify and VixenPostgres are joined to the runner.
struct UnconfiguredExecutor: DeployExecutor {
    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport
    {
        throw .notConfigured(Catalog.deployExecutorNotConfigured())
    }

    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        throw .notConfigured(Catalog.deployExecutorNotConfigured())
    }
}

/// The health probe of a build without the Coolify client: staging's health is unknown, so the
/// cost rules refuse a production deployment rather than assume it is healthy.
// TODO: replace with the Coolify health checks from VixenCoolify.
struct UnconfiguredHealthProbe: HealthProbe {
    func health(of target: DeployTarget) -> HealthStatus {
        .unavailable(Catalog.deployHealthProbeNotConfigured())
    }
}
