import Foundation
import VixenCore
import VixenDeploy

/// The status for tools: one JSON object with sorted keys; absent values are `null`.
///
/// `targets` has one entry per environment with its `reference`, the `deployed` record, the
/// `last_attempt` that did not succeed, the `pending` changes and the `lock`. `source` is
/// `fetched`, `not-fetched` or `local-only`, and `remote` names the remote.
struct StatusJSONRenderer {
    let now: Date

    func render(_ statuses: [TargetStatus], source: StatusSource, language: Language) -> String {
        let document = StatusDocument(statuses: statuses, source: source, now: now, language: language)
        return JSONText.encode(document)
    }
}

struct StatusDocument: Encodable {
    struct Pending: Encodable {
        let head: String
        let commits: Int
        let deployableCommits: Int
        let lines: Int
        let components: [String]

        enum CodingKeys: String, CodingKey {
            case head
            case commits
            case deployableCommits = "deployable_commits"
            case lines
            case components
        }
    }

    struct Lock: Encodable {
        let owner: LockOwner
        let commit: String
        let ageSeconds: Int

        enum CodingKeys: String, CodingKey {
            case owner
            case commit
            case ageSeconds = "age_seconds"
        }
    }

    struct Target: Encodable {
        let target: String
        let reference: String
        let deployedCommit: String?
        let deployed: DeploymentRecord?
        let lastAttempt: DeploymentRecord?
        let pending: Pending?
        let lock: Lock?

        enum CodingKeys: String, CodingKey {
            case target
            case reference
            case deployedCommit = "deployed_commit"
            case deployed
            case lastAttempt = "last_attempt"
            case pending
            case lock
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(target, forKey: .target)
            try container.encode(reference, forKey: .reference)
            try container.encode(deployedCommit, forKey: .deployedCommit)
            try container.encode(deployed, forKey: .deployed)
            try container.encode(lastAttempt, forKey: .lastAttempt)
            try container.encode(pending, forKey: .pending)
            try container.encode(lock, forKey: .lock)
        }
    }

    let targets: [Target]
    let source: String
    let remote: String
    let language: String

    init(statuses: [TargetStatus], source: StatusSource, now: Date, language: Language) {
        targets = statuses.map { status in
            let state = status.state
            return Target(
                target: state.target.rawValue, reference: state.target.deployedReference,
                deployedCommit: state.deployedCommit?.hex, deployed: state.note?.deployment,
                lastAttempt: status.lastAttempt,
                pending: status.pending.map { pending in
                    Pending(
                        head: pending.head.hex, commits: pending.commits.count,
                        deployableCommits: pending.deployableCommits.count, lines: pending.deployableLines,
                        components: pending.components.map(\.name))
                },
                lock: state.lock.map { lock in
                    Lock(owner: lock.owner, commit: lock.commit.hex, ageSeconds: Int(max(lock.age(at: now), 0)))
                })
        }
        switch source {
        case .fetched(let remote):
            self.source = "fetched"
            self.remote = remote
        case .notFetched(let remote):
            self.source = "not-fetched"
            self.remote = remote
        case .localOnly(let remote):
            self.source = "local-only"
            self.remote = remote
        }
        self.language = language.rawValue
    }
}
