import Foundation
import VixenCore
import VixenDeploy

/// Pending changes and staging records for the cost rules, with fixed ids and times.
enum CostFixtures {
    static let hour: TimeInterval = 3600

    /// Monday 2024-04-01 08:00 UTC, 10:00 in Madrid: inside the default window.
    static let monday = date("2024-04-01T08:00:00Z")

    static func date(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            preconditionFailure("not an ISO 8601 date: \(text)")
        }
        return date
    }

    static func id(_ number: Int) -> ObjectID {
        let digits = String(number, radix: 16)
        return ObjectID(hex: String(repeating: "0", count: 40 - digits.count) + digits)
    }

    static let base = id(0xba5e)
    static let head = id(0xbead)

    /// Returns `deployable` commits that change BE, the oldest `age` seconds old at `now`, and
    /// `others` commits that change only DOCS, with `lines` lines of BE and 3 of DOCS.
    static func pending(
        deployable: Int, lines: Int, age: TimeInterval, now: Date = monday, others: Int = 0, messages: [String] = []
    ) -> PendingChanges {
        var commits: [PendingChanges.Commit] = []
        for index in 0..<deployable {
            let message = index < messages.count ? messages[index] : "feat: change \(index)"
            commits.append(
                PendingChanges.Commit(
                    id: id(index + 1), time: now.addingTimeInterval(-age + TimeInterval(index) * 60), message: message,
                    deployable: true))
        }
        for index in 0..<others {
            commits.append(
                PendingChanges.Commit(
                    id: id(100 + index), time: now.addingTimeInterval(-hour), message: "docs: explain",
                    deployable: false))
        }
        var byComponent: [Component: Int] = [:]
        if deployable > 0 {
            byComponent[.backend] = lines
        }
        if others > 0 {
            byComponent[.docs] = 3
        }
        return PendingChanges(base: base, head: head, commits: commits, lines: byComponent)
    }

    /// Returns staging's record of the head, deployed `age` seconds before `now`.
    static func staging(
        age: TimeInterval, now: Date = monday, result: DeploymentResult = .succeeded, stillRuns: Bool = true
    ) -> StagingEvidence {
        let record = DeploymentRecord(
            commit: head, sequence: 42, version: SemanticVersion(major: 1, minor: 4, patch: 0),
            time: now.addingTimeInterval(-age), components: [.backend], result: result, source: .deploy)
        return StagingEvidence(commit: head, record: record, stagingStillRunsIt: stillRuns)
    }

    static func decide(
        _ input: CostInput, now: Date = monday, policy: CostPolicy = .defaults, health: HealthStatus = .passing
    ) -> DeployDecision {
        CostRules(policy: policy, clock: { now }, healthProbe: FixedHealth(status: health)).decide(input)
    }
}
