import VixenCore
import VixenDeploy

/// Runs every step of a plan successfully, as a Coolify runner would on a good day.
struct SucceedingExecutor: DeployExecutor {
    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport
    {
        let results = plan.steps.map { StepResult(step: $0, outcome: $0.skipped ? .skipped : .succeeded) }
        results.forEach(onStep)
        return ExecutionReport(
            steps: results, coolifyDeployments: ["deployment-\(context.sequence)"],
            previousImageTags: ["backend-app": "previous-tag"])
    }

    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        RollbackReport(steps: [], succeeded: true)
    }
}

/// Fails the health check, then rolls back successfully or not.
struct FailingExecutor: DeployExecutor {
    let rollbackSucceeds: Bool

    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport
    {
        var results: [StepResult] = []
        for step in plan.steps where !step.skipped {
            let failed = step.action == .healthCheck
            let result = StepResult(step: step, outcome: failed ? .failed("GET /health returned 503") : .succeeded)
            results.append(result)
            onStep(result)
            if failed {
                break
            }
        }
        return ExecutionReport(steps: results, coolifyDeployments: ["deployment-\(context.sequence)"])
    }

    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        RollbackReport(steps: [], succeeded: rollbackSucceeds)
    }
}

/// Completes `completedSteps` steps, then stops as a runner that loses its connection or is
/// killed would, so the environment's state is unknown.
struct InterruptingExecutor: DeployExecutor {
    let completedSteps: Int

    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport
    {
        for step in plan.steps.filter({ !$0.skipped }).prefix(completedSteps) {
            onStep(StepResult(step: step, outcome: .succeeded))
        }
        throw .interrupted(
            completedSteps: completedSteps, reason: LocalizedText(en: "connection lost", es: "conexión perdida"))
    }

    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        RollbackReport(steps: [], succeeded: false)
    }
}

/// A health probe that returns a fixed status.
struct FixedHealth: HealthProbe {
    let status: HealthStatus

    func health(of target: DeployTarget) -> HealthStatus {
        status
    }
}
