import VixenCore

/// The commands that the steps of a plan run, where a command exists.
///
/// ``defaults`` gives the commands of the team's written workflow, and placeholders in angle brackets
/// where only a configuration can name the real value, such as a Coolify application.
public struct DeployCommands: Sendable, Equatable {
    /// The test command of each component, run from the repository root.
    public var tests: [Component: String]
    /// The smoke test command of each component.
    ///
    /// A component without one gets a smoke test step with no command, which people carry out.
    public var smokeTests: [Component: String]
    /// The Coolify application (its UUID) that each component deploys as.
    public var coolifyApplications: [Component: String]
    public var migrate: String
    public var backup: String
    public var healthCheck: String

    public init(
        tests: [Component: String], smokeTests: [Component: String], coolifyApplications: [Component: String],
        migrate: String, backup: String, healthCheck: String
    ) {
        self.tests = tests
        self.smokeTests = smokeTests
        self.coolifyApplications = coolifyApplications
        self.migrate = migrate
        self.backup = backup
        self.healthCheck = healthCheck
    }

    /// The commands of the team's workflow: pytest in `backend/`, `npm test` in `frontend/`, Alembic's
    /// upgrade, a dated `pg_dump`, and `curl` on the API's `/health`.
    public static let defaults = DeployCommands(
        tests: [.backend: "cd backend && pytest", .frontend: "cd frontend && npm test"],
        smokeTests: [:],
        coolifyApplications: [:],
        migrate: "alembic upgrade head",
        backup: #"pg_dump "$PROD_DB_URL" > backup_$(date +%Y%m%d).sql"#,
        healthCheck: "curl --fail <API URL>/health"
    )

    /// Returns the Coolify call that deploys `component`, as Coolify 4's API takes it.
    public func deploy(_ component: Component) -> String {
        let application = coolifyApplications[component] ?? "<\(component.name) application UUID>"
        return "POST /api/v1/deploy?uuid=\(application)&force=false"
    }

    /// Returns the command that runs the tests of every component in `components` that has one, each in
    /// a subshell so that one component's `cd` does not move the next, or nil when none has one.
    public func regressionSuite(_ components: [Component]) -> String? {
        let commands = components.compactMap { tests[$0] }
        guard !commands.isEmpty else {
            return nil
        }
        return commands.map { "(\($0))" }.joined(separator: " && ")
    }
}
