/// Who carries out a step of a deployment, as the team's workflow names the roles.
public enum DeployRole: String, CaseIterable, Sendable, Codable {
    /// The scrum master, who orchestrates the deployment and reports it.
    case scrumMaster = "SM"
    /// The tester, who runs the regression suite and the smoke tests.
    case qualityAssurance = "QA"
    /// The database engineer, who takes backups and applies migrations.
    case database = "DB"
    /// The operations engineer, who deploys through Coolify and watches the result.
    case operations = "OPS"
}
