/// The status of a Coolify deployment, as `GET /api/v1/deployments/{uuid}` reports it.
///
/// Coolify 4.3 uses `queued`, `in_progress`, `finished`, `failed` and `cancelled-by-user`. Any other
/// value is kept as ``other(_:)`` and counts as not finished, so a newer Coolify's status makes the
/// client keep polling instead of declaring success.
public enum DeploymentStatus: Sendable, Hashable, CustomStringConvertible {
    case queued
    case inProgress
    case finished
    case failed
    case cancelledByUser
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "queued": self = .queued
        case "in_progress": self = .inProgress
        case "finished": self = .finished
        case "failed": self = .failed
        case "cancelled-by-user": self = .cancelledByUser
        default: self = .other(rawValue)
        }
    }

    /// The value as Coolify writes it.
    public var rawValue: String {
        switch self {
        case .queued: "queued"
        case .inProgress: "in_progress"
        case .finished: "finished"
        case .failed: "failed"
        case .cancelledByUser: "cancelled-by-user"
        case .other(let value): value
        }
    }

    /// True once the deployment can no longer change: finished, failed or cancelled.
    public var isFinal: Bool {
        self == .finished || self == .failed || self == .cancelledByUser
    }

    public var description: String { rawValue }
}

extension DeploymentStatus: Decodable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
}
