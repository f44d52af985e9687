import Foundation

/// An application as `GET /api/v1/applications/{uuid}` returns it; only these fields are read.
public struct Application: Sendable, Equatable, Decodable {
    public let uuid: String
    public let name: String?
    public let status: ApplicationStatus
    /// The application's domains as Coolify stores them: URLs separated by commas, or nil.
    public let fqdn: String?
    /// The commit Coolify deploys, `HEAD` for the branch's latest.
    public let gitCommitSHA: String

    public init(uuid: String, name: String?, status: ApplicationStatus, fqdn: String?, gitCommitSHA: String) {
        self.uuid = uuid
        self.name = name
        self.status = status
        self.fqdn = fqdn
        self.gitCommitSHA = gitCommitSHA
    }

    /// The URLs of ``fqdn`` in order, without empty entries.
    public var domains: [String] {
        (fqdn ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private enum CodingKeys: String, CodingKey {
        case uuid
        case name
        case status
        case fqdn
        case gitCommitSHA = "git_commit_sha"
    }
}

/// An application's container status, such as `running:healthy` or `exited:unhealthy`.
///
/// Coolify writes `<state>:<health>`, and the health is `unknown` when the application has no
/// health check. Health checks are off by default for new applications since 2024, so a running
/// application often reports `running:unknown`: vixen-gate's own health checks decide, not this.
public struct ApplicationStatus: Sendable, Equatable, Decodable, CustomStringConvertible {
    /// The value as Coolify writes it.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// The part before the colon, such as `running`, `exited` or `restarting`.
    public var state: String {
        String(rawValue.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The part after the colon, such as `healthy`, or nil when there is none.
    public var health: String? {
        let parts = rawValue.split(separator: ":", maxSplits: 1)
        return parts.count == 2 ? String(parts[1]) : nil
    }

    public var isRunning: Bool { state == "running" }

    public var description: String { rawValue }
}
