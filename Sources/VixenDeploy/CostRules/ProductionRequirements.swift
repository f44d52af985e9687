import Foundation
import VixenCore

/// The requirements of a production deployment besides batching.
///
/// The commit ran on staging successfully for the soak time and staging still runs it, a
/// deployment window is open, and staging is healthy now.
struct ProductionRequirements {
    let policy: CostPolicy
    let healthProbe: any HealthProbe

    /// Returns why production must not deploy `head` at `now`, or nil when every requirement holds.
    func refusal(staging: StagingEvidence?, head: ObjectID, now: Date) -> DecisionReason? {
        if let refusal = stagingRefusal(staging, head: head, now: now) {
            return refusal
        }
        if let refusal = windowRefusal(now: now) {
            return refusal
        }
        switch healthProbe.health(of: .staging) {
        case .passing: return nil
        case .failing(let detail): return .stagingUnhealthy(detail: detail)
        case .unavailable(let reason): return .healthUnknown(reason)
        }
    }

    private func stagingRefusal(_ staging: StagingEvidence?, head: ObjectID, now: Date) -> DecisionReason? {
        guard let staging, let record = staging.record else {
            return .notOnStaging(commit: head)
        }
        guard record.result == .succeeded else {
            return .failedOnStaging(commit: staging.commit, result: record.result)
        }
        guard staging.stagingStillRunsIt else {
            return .stagingMovedBack(commit: staging.commit)
        }
        let ranFor = now.timeIntervalSince(record.time)
        guard ranFor >= policy.soak else {
            return .soakIncomplete(
                commit: staging.commit, ranFor: max(ranFor, 0), soak: policy.soak,
                readyAt: record.time.addingTimeInterval(policy.soak))
        }
        return nil
    }

    private func windowRefusal(now: Date) -> DecisionReason? {
        var openings: [Date] = []
        for window in policy.windows {
            do {
                if try window.contains(now) {
                    return nil
                }
                if let opening = try window.nextOpening(after: now) {
                    openings.append(opening)
                }
            } catch {
                switch error {
                case .unknownTimeZone(let zone): return .unknownTimeZone(zone)
                }
            }
        }
        return .outsideWindow(windows: policy.windows, nextOpening: openings.min())
    }
}
