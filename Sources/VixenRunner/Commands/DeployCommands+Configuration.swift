import VixenConfig
import VixenCore
import VixenDeploy

extension DeployCommands {
    /// Returns the commands that a deployment to `target` runs under `configuration`, which `plan`
    /// prints and the executor carries out.
    ///
    /// Each value comes from the configuration where it sets one: `checklist.tests` for the tests,
    /// `database.migrate.up_command` for migrations, `database.backup.folder` and `database.url_env`
    /// for the backup, `coolify.applications` for the deployments, and `coolify.health_checks` and
    /// `coolify.smoke_tests` for the checks after them. A value the configuration leaves out keeps
    /// the team's default from ``DeployCommands/defaults``, which names what to configure. The
    /// executor then skips that step or stops before the deployment, and names the key.
    public static func configured(_ configuration: Configuration, target: DeployTarget) -> DeployCommands {
        let environment = target.coolifyEnvironment
        var commands = DeployCommands.defaults
        for test in configuration.checklist.tests {
            commands.tests[test.component] = shell(test.command, in: test.directory)
        }
        if let migrate = configuration.database.migrate {
            commands.migrate = shell(migrate.upCommand, in: migrate.workingDirectory)
        }
        if let folder = configuration.database.backup.folder {
            let variable = configuration.database.urlEnvironment[environment] ?? "DATABASE_URL"
            commands.backup =
                "pg_dump --format=custom \"$\(variable)\" into \(folder), keeping "
                + "\(configuration.database.backup.keep)"
        }
        guard let coolify = configuration.coolify else {
            return commands
        }
        for (component, uuid) in coolify.applications[environment] ?? [:] {
            commands.coolifyApplications[component] = uuid
        }
        let checks = SettingsResolver.healthChecks(coolify, environment: environment)
        if !checks.isEmpty {
            commands.healthCheck = checks.map { "GET \($0.url) expecting \($0.expectedStatus)" }.joined(
                separator: "; ")
        }
        for (component, suite) in coolify.smokeTests[environment] ?? [:] {
            let critical = suite.tests.filter(\.critical)
            guard !critical.isEmpty else {
                continue
            }
            commands.smokeTests[component] = critical.map { "\($0.method) \(Self.target($0.target))" }.joined(
                separator: "; ")
        }
        return commands
    }

    /// Returns `command` as a shell runs it from the repository root.
    private static func shell(_ command: String, in directory: String?) -> String {
        guard let directory, !directory.isEmpty else {
            return command
        }
        return "cd \(directory) && \(command)"
    }

    private static func target(_ target: Configuration.SmokeTarget) -> String {
        switch target {
        case .url(let url): url
        case .path(let path): path
        }
    }
}
