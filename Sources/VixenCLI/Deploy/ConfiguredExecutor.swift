import Foundation
import VixenConfig
import VixenCore
import VixenDeploy
import VixenRunner

/// The executor of one `deploy`: a ``CoolifyExecutor`` under the configuration at the plan's base.
///
/// The configuration is read from the range's base, as the gate reads it, so a pushed range cannot
/// change the commands that deploy it. It is read only when the runner decides to deploy, so a
/// deferral or refusal never needs the executor's settings.
final class ConfiguredExecutor: DeployExecutor {
    let workspace: DeployWorkspace
    let language: Language
    let environment: [String: String]
    let services: RunnerServices
    let dryRun: Bool
    private var current: CoolifyExecutor?

    init(
        workspace: DeployWorkspace, language: Language, environment: [String: String], services: RunnerServices,
        dryRun: Bool
    ) {
        self.workspace = workspace
        self.language = language
        self.environment = environment
        self.services = services
        self.dryRun = dryRun
    }

    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport
    {
        let executor = try make(plan)
        current = executor
        return try executor.run(plan, context: context, onStep: onStep)
    }

    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        let executor: CoolifyExecutor
        if let current {
            executor = current
        } else {
            executor = try make(plan)
        }
        return try executor.rollBack(plan, after: report, context: context, onStep: onStep)
    }

    private func make(_ plan: DeployPlan) throws(ExecutionError) -> CoolifyExecutor {
        let configuration: Configuration
        do {
            configuration = try workspace.configuration(base: plan.range.base, head: plan.range.head)
        } catch {
            throw .notConfigured(LocalizedText(en: error.text(.english), es: error.text(.spanish)))
        }
        guard let workTree = workspace.repository.workTree else {
            throw .notConfigured(Catalog.runnerNoWorkTree())
        }
        let settings = RunnerSettings(
            configuration: configuration, environment: environment, workTree: URL(fileURLWithPath: workTree),
            language: language)
        return CoolifyExecutor(settings: settings, services: services, dryRun: dryRun)
    }
}
