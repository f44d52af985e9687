import VixenCore

/// The health of an environment's applications right now.
public enum HealthStatus: Sendable, Equatable {
    case passing
    /// At least one health check fails; the detail names what failed.
    case failing(String)
    /// The health cannot be checked, for the reason given; a production deployment is then refused.
    case unavailable(LocalizedText)
}

/// Checks an environment's health checks when the cost rules ask, so a production deployment
/// starts only while staging is healthy.
public protocol HealthProbe {
    func health(of target: DeployTarget) -> HealthStatus
}
