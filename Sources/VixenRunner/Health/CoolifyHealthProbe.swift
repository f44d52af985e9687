import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy

/// Checks an environment's configured health checks now, which the cost rules ask for staging
/// before a production deployment.
///
/// An environment without health checks in `coolify.health_checks` is unavailable, with a reason that
/// names the key, so the cost rules refuse production instead of assuming staging is healthy.
public struct CoolifyHealthProbe: HealthProbe {
    public let configuration: Configuration.Coolify?
    public let http: HTTPClient
    public let language: Language

    public init(configuration: Configuration.Coolify?, http: HTTPClient, language: Language) {
        self.configuration = configuration
        self.http = http
        self.language = language
    }

    public func health(of target: DeployTarget) -> HealthStatus {
        let environment = target.coolifyEnvironment
        let checks = SettingsResolver.healthChecks(configuration, environment: environment)
        guard !checks.isEmpty else {
            return .unavailable(Catalog.runnerHealthProbeNoChecks(environment: environment.rawValue))
        }
        let checker = HealthChecker(http: http, settings: configuration?.health ?? Configuration.HealthSettings())
        let report = AsyncWait.value { await checker.run(checks) }
        guard report.passed else {
            return .failing(HealthStep.joined(report.failureLines)(language))
        }
        return .passing
    }
}
