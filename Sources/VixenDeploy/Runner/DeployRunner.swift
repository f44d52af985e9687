import Foundation
import VixenCore
import VixenGit

/// Runs one `vixen-gate deploy`: shares the state, takes the lock, decides by the cost rules,
/// hands the plan to the executor, and records the result.
///
/// The order keeps the state safe when a run dies at any point:
/// 1. fetch the state from the remote, then take the environment's lock (not in a dry run);
/// 2. read the deployed commit, review the pending range with the gate, and decide;
/// 3. on a deferral, record which commits it saw; on a refusal, record nothing;
/// 4. on a deployment, run the executor, roll back when a step fails, then write the state note
///    and, only after success, move the deployed reference, releasing the lock in the same write.
///
/// A run that dies before step 4's write leaves the deployed reference where it was and the lock
/// in place. The next run finds the lock, stops while the lock is fresh, takes it over once it is
/// older than the time to live, and deploys the same range again.
public struct DeployRunner {
    public let store: DeployStateStore
    public let reviewer: any RangeReviewer
    public let executor: any DeployExecutor
    public let healthProbe: any HealthProbe
    /// Seconds after which a lock counts as left behind by a runner that died.
    public let lockTimeToLive: TimeInterval
    public let clock: @Sendable () -> Date

    public init(
        store: DeployStateStore, reviewer: any RangeReviewer, executor: any DeployExecutor,
        healthProbe: any HealthProbe, lockTimeToLive: TimeInterval, clock: @escaping @Sendable () -> Date
    ) {
        self.store = store
        self.reviewer = reviewer
        self.executor = executor
        self.healthProbe = healthProbe
        self.lockTimeToLive = lockTimeToLive
        self.clock = clock
    }

    public func run(_ request: DeployRequest, events: (RunnerEvent) -> Void) throws(DeployRunError) -> DeployOutcome {
        try state { () throws(DeployStateError) in try store.fetch() }
        if store.remote == nil {
            events(.localStateOnly(remote: store.remoteName))
        }
        var lock: StateLock?
        if !request.dryRun {
            let acquisition = try state { () throws(DeployStateError) in
                try store.acquireLock(request.target, owner: request.owner, timeToLive: lockTimeToLive)
            }
            if let replaced = acquisition.replaced {
                events(.staleLockReplaced(replaced, age: replaced.age(at: request.owner.time)))
            }
            lock = acquisition.lock
        }

        do {
            return try proceed(request, lock: lock, events: events)
        } catch {
            if let lock, !error.keepsLock {
                release(lock, events: events)
            }
            throw error
        }
    }

    private func proceed(_ request: DeployRequest, lock: StateLock?, events: (RunnerEvent) -> Void)
        throws(DeployRunError) -> DeployOutcome
    {
        let target = request.target
        let current = try state { () throws(DeployStateError) in try store.state(of: target) }
        let nextSequence = (current.note?.lastSequence ?? 0) + 1
        guard let deployed = current.deployedCommit else {
            let decision = DeployDecision.refuse(.noDeploymentRecorded(reference: target.deployedReference))
            try finish(lock: lock)
            return DeployOutcome(
                target: target, decision: decision, deployedCommit: nil, pending: nil, plan: nil,
                sequence: nextSequence, dryRun: request.dryRun)
        }

        let head = try resolveHead(target)
        let review = try reviewer.review(target: target, base: deployed, head: head.commit, headRevision: head.revision)
        let input = CostInput(
            target: target, pending: review.pending, firstDeferrals: current.note?.firstDeferrals ?? [:],
            headReleaseTag: try releaseTag(on: head.commit),
            critical: CriticalSeverity.find(
                option: request.criticalOption, branches: request.branches, commits: review.pending.commits),
            skipsBatching: request.skipsBatching, blockingRules: review.plan.blockingRules,
            staging: target == .production ? try stagingEvidence(for: head.commit) : nil)
        let decision = CostRules(policy: review.policy, clock: clock, healthProbe: healthProbe).decide(input)
        let outcome = DeployOutcome(
            target: target, decision: decision, deployedCommit: deployed, pending: review.pending, plan: review.plan,
            sequence: nextSequence, dryRun: request.dryRun)

        guard let lock else {
            return outcome
        }
        switch decision.kind {
        case .defer:
            return try recordDeferral(outcome, state: current, lock: lock)
        case .refuse:
            try finish(lock: lock)
            return outcome
        case .deploy:
            return try deploy(outcome, review: review, state: current, lock: lock, events: events)
        }
    }

    // MARK: Deferring

    /// Records the deployable commits that no earlier deferral saw, so their wait counts from now,
    /// and releases the lock in the same write.
    private func recordDeferral(_ outcome: DeployOutcome, state current: TargetState, lock: StateLock)
        throws(DeployRunError) -> DeployOutcome
    {
        guard outcome.decision.reason == .belowThresholds, let pending = outcome.pending,
            let deployed = current.deployedCommit
        else {
            try finish(lock: lock)
            return outcome
        }
        var note = current.note ?? StateNote(target: current.target, deployment: nil)
        let seen = note.firstDeferrals
        let unseen = pending.deployableCommits.map(\.id).filter { seen[$0] == nil }
        guard !unseen.isEmpty else {
            try finish(lock: lock)
            return outcome
        }
        let deferral = DeferralRecord(time: clock(), head: pending.head, commits: unseen)
        note.deferrals.append(deferral)
        let change = StateChange(
            target: current.target, notes: [StateChange.NoteWrite(commit: deployed, note: note)],
            notesParent: current.notesCommit, releasing: lock)
        try state { () throws(DeployStateError) in try store.apply(change) }
        return DeployOutcome(
            target: outcome.target, decision: outcome.decision, deployedCommit: outcome.deployedCommit,
            pending: outcome.pending, plan: outcome.plan, sequence: outcome.sequence, dryRun: false,
            deferral: deferral)
    }

    // MARK: Deploying

    private func deploy(
        _ outcome: DeployOutcome, review: RangeReview, state current: TargetState, lock: StateLock,
        events: (RunnerEvent) -> Void
    ) throws(DeployRunError) -> DeployOutcome {
        let plan = review.plan
        let context = ExecutionContext(sequence: outcome.sequence, previous: current.note?.deployment)
        let execution: ExecutionReport
        do {
            execution = try executor.run(plan, context: context) { events(.step($0)) }
        } catch {
            throw .execution(error, lockKept: error.keepsLock, reference: lock.reference)
        }

        var rollback: RollbackReport?
        let result: DeploymentResult
        if execution.failed {
            do {
                let report = try executor.rollBack(plan, after: execution, context: context) {
                    events(.rollbackStep($0))
                }
                rollback = report
                result = report.succeeded ? .rolledBack : .failed
            } catch {
                events(
                    .rollbackFailed(DeployRunError.execution(error, lockKept: false, reference: lock.reference).message)
                )
                result = .failed
            }
        } else {
            result = .succeeded
        }

        let head = review.pending.head
        let record = DeploymentRecord(
            commit: head, sequence: outcome.sequence, version: plan.version.version, time: clock(),
            components: plan.components, coolifyDeployments: execution.coolifyDeployments,
            previousImageTags: execution.previousImageTags, result: result, source: .deploy)
        try state { () throws(DeployStateError) in
            try store.apply(Self.change(recording: record, state: current, lock: lock))
        }
        return DeployOutcome(
            target: outcome.target, decision: outcome.decision, deployedCommit: outcome.deployedCommit,
            pending: outcome.pending, plan: plan, sequence: outcome.sequence, dryRun: false, execution: execution,
            rollback: rollback, record: record)
    }

    /// Returns the writes that record `record`: its own note on the deployed commit, and either the
    /// move of the deployed reference (after success) or an attempt on the note of the commit the
    /// environment still runs.
    static func change(recording record: DeploymentRecord, state current: TargetState, lock: StateLock) -> StateChange {
        let environment = current.target
        let own = StateChange.NoteWrite(
            commit: record.commit, note: StateNote(target: environment, deployment: record))
        guard record.result != .succeeded, let deployed = current.deployedCommit else {
            return StateChange(
                target: environment, notes: [own], notesParent: current.notesCommit,
                move: StateChange.Move(expected: current.deployedCommit, new: record.commit), releasing: lock)
        }
        var running = current.note ?? StateNote(target: environment, deployment: nil)
        running.attempts.append(record)
        return StateChange(
            target: environment, notes: [own, StateChange.NoteWrite(commit: deployed, note: running)],
            notesParent: current.notesCommit, releasing: lock)
    }

    // MARK: Reading

    /// Returns the commit a deployment of `target` brings: what staging runs for production, when
    /// that is recorded, and HEAD otherwise.
    private func resolveHead(_ target: DeployTarget) throws(DeployRunError) -> (commit: ObjectID, revision: String) {
        if target == .production,
            let staging = try state({ () throws(DeployStateError) in try store.deployedCommit(of: .staging) })
        {
            return (staging, DeployTarget.staging.deployedReference)
        }
        return (try git { () throws(GitError) in try store.repository.headCommit() }, "HEAD")
    }

    /// Returns the highest `vX.Y.Z` tag on `head`, or nil.
    private func releaseTag(on head: ObjectID) throws(DeployRunError) -> String? {
        let tags = try git { () throws(GitError) in try store.repository.tags() }
        let releases = tags.compactMap { tag in ReleaseTag(name: tag.name, commit: tag.commit) }
        return ReleaseTag.latest(among: releases.filter { $0.commit == head })?.name
    }

    private func stagingEvidence(for head: ObjectID) throws(DeployRunError) -> StagingEvidence {
        let note = try state { () throws(DeployStateError) in try store.note(on: head, target: .staging) }
        let record = note?.deployment.flatMap { $0.commit == head ? $0 : nil }
        guard let running = try state({ () throws(DeployStateError) in try store.deployedCommit(of: .staging) })
        else {
            return StagingEvidence(commit: head, record: record, stagingStillRunsIt: false)
        }
        let reached = try git { () throws(GitError) in
            try store.repository.reachableCommits(among: [head], from: running)
        }
        return StagingEvidence(commit: head, record: record, stagingStillRunsIt: reached.contains(head))
    }

    // MARK: Lock and errors

    private func finish(lock: StateLock?) throws(DeployRunError) {
        guard let lock else {
            return
        }
        try state { () throws(DeployStateError) in try store.releaseLock(lock) }
    }

    private func release(_ lock: StateLock, events: (RunnerEvent) -> Void) {
        do {
            try store.releaseLock(lock)
        } catch {
            events(.lockKept(reference: lock.reference, reason: error.message))
        }
    }

    private func state<Result>(_ body: () throws(DeployStateError) -> Result) throws(DeployRunError) -> Result {
        do {
            return try body()
        } catch {
            throw .state(error)
        }
    }

    private func git<Result>(_ body: () throws(GitError) -> Result) throws(DeployRunError) -> Result {
        do {
            return try body()
        } catch {
            throw .git(error)
        }
    }
}

extension ExecutionError {
    /// True when the environment's state is unknown, so the lock must stay for people to check.
    var keepsLock: Bool {
        if case .interrupted = self {
            return true
        }
        return false
    }
}

extension DeployRunError {
    var keepsLock: Bool {
        if case .execution(_, let kept, _) = self {
            return kept
        }
        return false
    }
}
