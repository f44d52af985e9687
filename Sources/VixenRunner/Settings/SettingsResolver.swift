import Foundation
import VixenConfig
import VixenCore
import VixenDeploy
import VixenPostgres

/// Resolves the settings the running steps of a plan need and names every one that is missing.
struct SettingsResolver {
    let plan: DeployPlan
    let settings: RunnerSettings
    /// True in a dry run, where the token and database URL may be absent.
    let dryRun: Bool

    /// The resolved settings, or the missing ones by key, or a value that is set but invalid.
    enum Resolution {
        case resolved(ResolvedSettings)
        case missing([String])
        case invalid(LocalizedText)
    }

    func resolve() -> Resolution {
        let running = plan.steps.filter { !$0.skipped }
        let actions = Set(running.map(\.action))
        let environment = plan.target.coolifyEnvironment
        let configuration = settings.configuration
        var missing: [String] = []

        let deployed = running.filter { $0.action.isDeploy }.compactMap(\.component)
        let needsCoolify = !deployed.isEmpty || !actions.isDisjoint(with: StepAction.healthActions)
        let coolify = configuration.coolify
        if needsCoolify, coolify == nil {
            missing.append("coolify.url")
        }
        if needsCoolify, let coolify, !dryRun, !Self.isSet(coolify.tokenVariable, in: settings.environment) {
            missing.append(Self.variableKey(coolify.tokenVariable, key: "coolify.token_env"))
        }
        var applications: [Component: String] = [:]
        for component in deployed {
            if let uuid = coolify?.application(component, in: environment) {
                applications[component] = uuid
            } else if coolify != nil {
                missing.append("coolify.applications.\(environment.rawValue).\(component.name)")
            }
        }
        let checks = Self.healthChecks(coolify, environment: environment)
        if coolify != nil, !actions.isDisjoint(with: StepAction.healthActions), checks.isEmpty {
            missing.append("coolify.health_checks.\(environment.rawValue)")
        }

        let migrates = actions.contains(.applyMigrations)
        let backsUp = actions.contains(.backupDatabase)
        let migrate = configuration.database.migrate
        if migrates, migrate == nil {
            missing.append("database.migrate")
        }
        var backupFolder: URL?
        if backsUp {
            if let folder = configuration.database.backup.folder {
                backupFolder = Self.folderURL(folder, workTree: settings.workTree)
            } else {
                missing.append("database.backup.folder")
            }
        }

        var database: DatabaseTarget?
        let variable = configuration.database.urlEnvironment[environment]
        if migrates || backsUp {
            switch databaseTarget(variable: variable, environment: environment) {
            case .success(let target):
                database = target
            case .failure(.missing(let key)):
                if !(dryRun && variable != nil) {
                    missing.append(key)
                }
            case .failure(.invalid(let message)):
                return .invalid(message)
            }
        }

        guard missing.isEmpty else {
            return .missing(missing)
        }
        return .resolved(
            ResolvedSettings(
                environment: environment, coolify: needsCoolify ? coolify : nil, applications: applications,
                database: database, databaseVariable: variable, migrate: migrate, backupFolder: backupFolder,
                healthChecks: checks))
    }

    private enum DatabaseProblem: Error {
        case missing(String)
        case invalid(LocalizedText)
    }

    private func databaseTarget(variable: String?, environment: Configuration.DeploymentEnvironment)
        -> Result<DatabaseTarget, DatabaseProblem>
    {
        let key = "database.url_env.\(environment.rawValue)"
        guard let variable else {
            return .failure(.missing(key))
        }
        guard let text = settings.environment[variable], !text.isEmpty else {
            return .failure(.missing(Self.variableKey(variable, key: key)))
        }
        do {
            return .success(DatabaseTarget(url: try DatabaseURL(parsing: text), sourceVariable: variable))
        } catch {
            return .failure(.invalid(Catalog.runnerInvalidDatabaseURL(variable: variable, reason: error.message)))
        }
    }

    /// Returns the health checks of `environment`, components in ``Component`` order.
    static func healthChecks(_ coolify: Configuration.Coolify?, environment: Configuration.DeploymentEnvironment)
        -> [Configuration.HealthCheck]
    {
        let byComponent = coolify?.healthChecks[environment] ?? [:]
        return byComponent.keys.sorted().flatMap { byComponent[$0] ?? [] }
    }

    /// Returns an absolute folder as it is, and a relative one inside the work tree.
    static func folderURL(_ folder: String, workTree: URL) -> URL {
        folder.hasPrefix("/")
            ? URL(fileURLWithPath: folder, isDirectory: true)
            : workTree.appendingPathComponent(folder, isDirectory: true)
    }

    private static func isSet(_ variable: String, in environment: [String: String]) -> Bool {
        !(environment[variable] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Returns how a missing variable is named: the variable and the key that names it.
    private static func variableKey(_ variable: String, key: String) -> String {
        "$\(variable) (\(key))"
    }
}

extension StepAction {
    /// True for the steps that deploy one application through Coolify.
    var isDeploy: Bool {
        self == .deployBackend || self == .deployFrontend || self == .deployComponent
    }

    /// True for the steps that run one component's smoke tests.
    var isSmokeTest: Bool {
        self == .smokeTestBackend || self == .smokeTestFrontend || self == .smokeTestComponent
    }

    /// The steps that run the environment's health checks.
    static let healthActions: Set<StepAction> = [.healthCheck, .watchWindow, .watchMetrics]
}
