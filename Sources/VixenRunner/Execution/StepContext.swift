import VixenCoolify
import VixenCore
import VixenDeploy

/// The values every step of one run shares: the plan, the settings resolved for it and the services.
struct StepContext: Sendable {
    let plan: DeployPlan
    let execution: ExecutionContext
    let settings: RunnerSettings
    let resolved: ResolvedSettings
    let services: RunnerServices

    var lines: ReportLines { ReportLines(plan: plan, sequence: execution.sequence) }

    func report(_ line: LocalizedText) {
        services.events(.report(line))
    }

    func notice(_ text: LocalizedText) {
        services.events(.notice(text))
    }

    /// Returns the Coolify client, or nil when no step of the plan needs Coolify.
    func client() throws(CoolifyError) -> CoolifyClient? {
        guard let coolify = resolved.coolify else {
            return nil
        }
        return try CoolifyClient(configuration: coolify, environment: settings.environment, http: services.http)
    }
}
