/// A deployment as `GET /api/v1/deployments/{uuid}` returns it (Coolify's `ApplicationDeploymentQueue`).
///
/// Only the fields below are read. The logs are left out, because Coolify includes them only for
/// tokens with `read:sensitive` and they can be large.
public struct Deployment: Sendable, Equatable, Decodable {
    public let deploymentUUID: String
    public let status: DeploymentStatus
    /// The commit being deployed, or `HEAD` when Coolify takes the branch's latest commit.
    public let commit: String?
    public let applicationName: String?
    /// The deployment's page in Coolify's interface.
    public let deploymentURL: String?

    public init(
        deploymentUUID: String, status: DeploymentStatus, commit: String? = nil, applicationName: String? = nil,
        deploymentURL: String? = nil
    ) {
        self.deploymentUUID = deploymentUUID
        self.status = status
        self.commit = commit
        self.applicationName = applicationName
        self.deploymentURL = deploymentURL
    }

    private enum CodingKeys: String, CodingKey {
        case deploymentUUID = "deployment_uuid"
        case status
        case commit
        case applicationName = "application_name"
        case deploymentURL = "deployment_url"
    }
}
