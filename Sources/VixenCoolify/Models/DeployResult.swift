/// The result of `POST /api/v1/deploy` for one of the requested UUIDs.
public struct DeployResult: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Coolify queued a deployment, or reported one already queued for the same commit.
        ///
        /// NOTE: Coolify 4.3 responds to a duplicate with the message "Deployment already queued for this
        /// commit." and a `deployment_uuid` that no deployment has, so polling it gives a 404.
        case queued(deploymentUUID: String, message: String)
        /// Coolify accepted the resource but queued nothing, such as a service it started or an
        /// application the token's user may not deploy. The message gives the reason.
        case notQueued(message: String)
        /// The response did not mention the UUID, which Coolify does for a UUID it does not know.
        case notFound
    }

    public let resourceUUID: String
    public let outcome: Outcome

    public init(resourceUUID: String, outcome: Outcome) {
        self.resourceUUID = resourceUUID
        self.outcome = outcome
    }
}

/// The JSON of a 200 response of `POST /api/v1/deploy` by UUID.
struct DeployResponseBody: Decodable {
    struct Entry: Decodable {
        let message: String
        let resourceUUID: String
        let deploymentUUID: String?

        private enum CodingKeys: String, CodingKey {
            case message
            case resourceUUID = "resource_uuid"
            case deploymentUUID = "deployment_uuid"
        }
    }

    let deployments: [Entry]
}
