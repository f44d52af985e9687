/// The response of `POST /api/v1/applications/{uuid}/rollback` (Coolify 4.3.0 and later).
public struct RollbackResult: Sendable, Equatable, Decodable {
    /// Coolify's message, such as "Rollback deployment queued.".
    public let message: String
    /// The deployment to poll, or nil when Coolify skipped the rollback; the message gives the reason.
    public let deploymentUUID: String?

    public init(message: String, deploymentUUID: String?) {
        self.message = message
        self.deploymentUUID = deploymentUUID
    }

    private enum CodingKeys: String, CodingKey {
        case message
        case deploymentUUID = "deployment_uuid"
    }
}
