import Foundation
import VixenCore

/// One deployment of a commit to an environment, as its state note records it.
public struct DeploymentRecord: Sendable, Equatable {
    /// Who wrote the record.
    public enum Source: String, Sendable, Codable {
        /// `vixen-gate deploy` ran the deployment.
        case deploy
        /// `vixen-gate state init` recorded a deployment made without vixen-gate.
        case stateInit = "state-init"
    }

    public var commit: ObjectID
    /// The environment's sequence number, which the team's report lines show as `[OPS-042]`.
    public var sequence: Int
    public var version: SemanticVersion
    /// When the deployment finished, or when `state init` recorded it.
    public var time: Date
    /// The deployable components the deployment changed, in ``Component`` order.
    public var components: [Component]
    /// The ids of the Coolify deployments it started.
    public var coolifyDeployments: [String]
    /// The image tag each Coolify application ran before, by application UUID, for a rollback.
    public var previousImageTags: [String: String]
    public var result: DeploymentResult
    public var source: Source

    public init(
        commit: ObjectID, sequence: Int, version: SemanticVersion, time: Date, components: [Component],
        coolifyDeployments: [String] = [], previousImageTags: [String: String] = [:], result: DeploymentResult,
        source: Source
    ) {
        self.commit = commit
        self.sequence = sequence
        self.version = version
        self.time = time
        self.components = components
        self.coolifyDeployments = coolifyDeployments
        self.previousImageTags = previousImageTags
        self.result = result
        self.source = source
    }
}

// Encoded by hand: ids and components as text, and lists that a hand-written note may leave out
// read as empty.
extension DeploymentRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case commit
        case sequence
        case version
        case time
        case components
        case coolifyDeployments = "coolify_deployments"
        case previousImageTags = "previous_image_tags"
        case result
        case source
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        commit = try container.decodeObjectID(forKey: .commit)
        sequence = try container.decode(Int.self, forKey: .sequence)
        guard sequence >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .sequence, in: container, debugDescription: "the sequence number \(sequence) is negative")
        }
        version = try container.decode(SemanticVersion.self, forKey: .version)
        time = try container.decode(Date.self, forKey: .time)
        components = (try container.decodeIfPresent([String].self, forKey: .components) ?? []).map(Component.init)
        coolifyDeployments = try container.decodeIfPresent([String].self, forKey: .coolifyDeployments) ?? []
        previousImageTags = try container.decodeIfPresent([String: String].self, forKey: .previousImageTags) ?? [:]
        result = try container.decode(DeploymentResult.self, forKey: .result)
        source = try container.decodeIfPresent(Source.self, forKey: .source) ?? .deploy
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(commit.hex, forKey: .commit)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(version, forKey: .version)
        try container.encode(time, forKey: .time)
        try container.encode(components.map(\.name), forKey: .components)
        try container.encode(coolifyDeployments, forKey: .coolifyDeployments)
        try container.encode(previousImageTags, forKey: .previousImageTags)
        try container.encode(result, forKey: .result)
        try container.encode(source, forKey: .source)
    }
}
