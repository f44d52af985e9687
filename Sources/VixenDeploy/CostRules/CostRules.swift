import Foundation
import VixenCore

/// Decides whether pending changes deploy now, keep batching, or must not deploy.
///
/// The rules, in the order they apply:
/// 1. Nothing pending, or nothing deployable pending, keeps waiting.
/// 2. A blocking finding refuses.
/// 3. A hotfix deploys when the change is marked critical and is refused otherwise; it skips the
///    staging soak, the windows and batching.
/// 4. Production refuses a commit that staging has not run successfully for the soak time, that
///    staging rolled back or moved away from, outside every deployment window, and while
///    staging's health checks fail or cannot be checked.
/// 5. Batching: `--now`, a release tag on the head, or pending changes that reach a threshold
///    deploy; otherwise the changes keep batching.
///
/// The rules are pure: the time comes from `clock` and staging's health from `healthProbe`,
/// which is asked only when every other production requirement holds.
public struct CostRules {
    public let policy: CostPolicy
    public let clock: () -> Date
    public let healthProbe: any HealthProbe

    public init(policy: CostPolicy, clock: @escaping () -> Date, healthProbe: any HealthProbe) {
        self.policy = policy
        self.clock = clock
        self.healthProbe = healthProbe
    }

    public func decide(_ input: CostInput) -> DeployDecision {
        let pending = input.pending
        guard !pending.commits.isEmpty else {
            return .postpone(.nothingPending(commit: pending.head))
        }
        guard pending.deploys else {
            return .postpone(.nothingDeployable(commits: pending.commits.count))
        }
        guard input.blockingRules.isEmpty else {
            return .refuse(.gateBlocked(rules: input.blockingRules))
        }

        let now = clock()
        if input.target == .hotfix {
            guard let critical = input.critical else {
                return .refuse(.notCritical)
            }
            return .deploy(.criticalHotfix(critical))
        }
        if input.target == .production {
            let requirements = ProductionRequirements(policy: policy, healthProbe: healthProbe)
            if let refusal = requirements.refusal(staging: input.staging, head: pending.head, now: now) {
                return .refuse(refusal)
            }
        }
        return BatchingRule(batch: policy.batch(for: input.target)).decide(input, now: now)
    }
}
