import Foundation
import VixenConfig
import VixenCore
import VixenDeploy
import VixenPostgres

/// The settings one deployment needs, resolved from the configuration and the environment before
/// any step runs, so that a missing one stops the deployment before it changes anything.
struct ResolvedSettings: Sendable {
    let environment: Configuration.DeploymentEnvironment
    /// The `coolify` section, or nil when no step of the plan talks to Coolify.
    let coolify: Configuration.Coolify?
    /// The Coolify application of each component the plan deploys.
    let applications: [Component: String]
    /// The target's database, or nil when no step needs it, or in a dry run without its URL.
    let database: DatabaseTarget?
    /// The name of the variable that contains the database URL, for dry-run output.
    let databaseVariable: String?
    let migrate: Configuration.Database.Verify?
    let backupFolder: URL?
    /// The environment's health checks, components in ``Component`` order.
    let healthChecks: [Configuration.HealthCheck]

    /// Returns the application of `component`, which ``SettingsResolver`` guarantees for every
    /// deployed component.
    func application(_ component: Component) -> String? {
        applications[component]
    }
}
