import Foundation

/// Keeps changes batching until they are worth a deployment of their own.
///
/// `--now` deploys, then a release tag on the head, then each threshold in turn: commits, lines
/// and the oldest change's wait. Below all of them, the changes keep batching.
struct BatchingRule {
    let batch: CostPolicy.Batch

    func decide(_ input: CostInput, now: Date) -> DeployDecision {
        let figures = BatchFigures.measure(input.pending, batch: batch, firstDeferrals: input.firstDeferrals, now: now)
        if input.skipsBatching {
            return .deploy(.forced, figures: figures)
        }
        if let tag = input.headReleaseTag {
            return .deploy(.releaseTag(tag), figures: figures)
        }
        if figures.reachesCommits {
            return .deploy(.commitThresholdReached, figures: figures)
        }
        if figures.reachesLines {
            return .deploy(.lineThresholdReached, figures: figures)
        }
        if figures.reachesMaxWait {
            return .deploy(.maxWaitReached, figures: figures)
        }
        return .postpone(.belowThresholds, figures: figures)
    }
}
