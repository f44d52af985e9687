/// How a deployment ended.
public enum DeploymentResult: String, CaseIterable, Sendable, Codable {
    /// Every step passed, so the environment runs the deployed commit.
    case succeeded
    /// A step failed and the rollback brought the environment back to what it ran before.
    case rolledBack = "rolled-back"
    /// A step failed and the rollback failed too, so people must check what the environment runs.
    case failed
}
