import Foundation
import VixenCore

/// The owner of an environment's lock, and the time it took the lock.
///
/// It is the JSON body of the lock commit's message, so `git log -1 refs/vixen-gate/lock/staging`
/// shows it.
public struct LockOwner: Sendable, Equatable {
    public var host: String
    public var processID: Int32
    /// The URL of the CI job that runs the command, when the CI sets one.
    public var ciJobURL: String?
    /// The command that took the lock, such as `deploy` or `state init`.
    public var command: String
    public var time: Date

    public init(host: String, processID: Int32, ciJobURL: String?, command: String, time: Date) {
        self.host = host
        self.processID = processID
        self.ciJobURL = ciJobURL
        self.command = command
        self.time = time
    }

    /// Returns the owner that this process is, from its host name, its process id and the CI
    /// variables in `environment`.
    ///
    /// The job URL is `CI_JOB_URL` on GitLab, and on GitHub Actions the run's page built from
    /// `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and `GITHUB_RUN_ID`.
    public static func current(command: String, environment: [String: String], time: Date) -> LockOwner {
        LockOwner(
            host: ProcessInfo.processInfo.hostName, processID: ProcessInfo.processInfo.processIdentifier,
            ciJobURL: ciJobURL(environment), command: command, time: time)
    }

    static func ciJobURL(_ environment: [String: String]) -> String? {
        if let url = environment["CI_JOB_URL"], !url.isEmpty {
            return url
        }
        guard let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
            let run = environment["GITHUB_RUN_ID"], !server.isEmpty, !repository.isEmpty, !run.isEmpty
        else {
            return nil
        }
        return "\(server)/\(repository)/actions/runs/\(run)"
    }

    /// A short description for messages, such as `ci-runner-3 (pid 4242, https://…/jobs/7)`.
    ///
    /// Anyone who can push can write a lock, so control characters are escaped.
    public var summary: String {
        var details = ["pid \(processID)"]
        if let ciJobURL {
            details.append(ciJobURL)
        }
        return "\(host) (\(details.joined(separator: ", ")))".escapingControlCharacters()
    }
}

extension LockOwner: Codable {
    enum CodingKeys: String, CodingKey {
        case host
        case processID = "pid"
        case ciJobURL = "ci_job_url"
        case command
        case time
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        host = try container.decode(String.self, forKey: .host)
        processID = try container.decode(Int32.self, forKey: .processID)
        ciJobURL = try container.decodeIfPresent(String.self, forKey: .ciJobURL)
        command = try container.decodeIfPresent(String.self, forKey: .command) ?? "deploy"
        time = try container.decode(Date.self, forKey: .time)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(host, forKey: .host)
        try container.encode(processID, forKey: .processID)
        try container.encode(ciJobURL, forKey: .ciJobURL)
        try container.encode(command, forKey: .command)
        try container.encode(time, forKey: .time)
    }
}
