import Foundation
import Testing
import VixenCore
import VixenDeploy
import VixenGit
import VixenTestSupport

/// The runner from fetch to record: deferrals, deployments, failed deployments and dry runs.
struct DeployRunnerTests {
    @Test func deferralRecordsCommitsItSaw() throws {
        let fixture = try RunnerFixture()
        let change = try fixture.shared.commit(in: fixture.shared.first)
        fixture.clock.advance(by: 3600)

        let (outcome, _) = try fixture.run(try fixture.runner(fixture.shared.first), fixture.request())

        #expect(outcome.decision.kind == .defer)
        #expect(outcome.decision.reason == .belowThresholds)
        #expect(outcome.deferral == DeferralRecord(time: fixture.clock.now, head: change, commits: [change]))
        let store = try SharedRepository.store(fixture.shared.second, clock: fixture.clock)
        try store.fetch()
        let note = try store.state(of: .staging).note
        #expect(note?.deferrals == [DeferralRecord(time: fixture.clock.now, head: change, commits: [change])])
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func maxWaitCountsFromFirstDeferral() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.commit(in: fixture.shared.first)
        let first = try fixture.run(try fixture.runner(fixture.shared.first), fixture.request())
        #expect(first.0.decision.kind == .defer)
        // The commit is an hour older than the deferral, so counted from its date it would now
        // have waited 24 hours and 30 minutes.
        fixture.clock.advance(by: 23.5 * 3600)
        try fixture.shared.pull(fixture.shared.second)

        let second = try fixture.run(try fixture.runner(fixture.shared.second), fixture.request(host: "runner-b"))
        #expect(second.0.decision.kind == .defer)
        #expect(second.0.deferral == nil)
        // Dates hold floating-point seconds, so the waits are compared in whole seconds.
        #expect(second.0.decision.figures?.oldestWait?.rounded() == 23.5 * 3600)
        fixture.clock.advance(by: 1800)

        let third = try fixture.run(try fixture.runner(fixture.shared.second), fixture.request(host: "runner-b"))
        #expect(third.0.decision == .deploy(.maxWaitReached, figures: third.0.decision.figures))
        #expect(third.0.decision.figures?.oldestWait?.rounded() == 24.0 * 3600)
    }

    @Test func deploymentMovesReferenceAndRecordsNote() throws {
        let fixture = try RunnerFixture()
        let change = try fixture.shared.commit(in: fixture.shared.first, lines: 250)

        let (outcome, events) = try fixture.run(try fixture.runner(fixture.shared.first), fixture.request())

        #expect(outcome.decision.reason == .lineThresholdReached)
        #expect(outcome.sequence == 42)
        #expect(outcome.record?.result == .succeeded)
        #expect(outcome.exitStatus == 0)
        #expect(events.count == outcome.plan?.steps.count)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == change.hex)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
        let store = try SharedRepository.store(fixture.shared.second, clock: fixture.clock)
        try store.fetch()
        let record = try store.state(of: .staging).note?.deployment
        #expect(record?.commit == change)
        #expect(record?.sequence == 42)
        #expect(record?.version == SemanticVersion(major: 1, minor: 4, patch: 0))
        #expect(record?.components == [Component("BE")])
        #expect(record?.coolifyDeployments == ["deployment-42"])
        #expect(record?.previousImageTags == ["backend-app": "previous-tag"])
        #expect(record?.time == RunnerFixture.start)
    }

    @Test func rolledBackDeploymentLeavesReference() throws {
        let fixture = try RunnerFixture()
        let change = try fixture.shared.commit(in: fixture.shared.first)
        let runner = try fixture.runner(fixture.shared.first, executor: FailingExecutor(rollbackSucceeds: true))

        let (outcome, _) = try fixture.run(runner, fixture.request(now: true))

        #expect(outcome.record?.result == .rolledBack)
        #expect(outcome.exitStatus == 1)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
        let store = try SharedRepository.store(fixture.shared.second, clock: fixture.clock)
        try store.fetch()
        #expect(try store.note(on: change, target: .staging)?.deployment?.result == .rolledBack)
        let running = try store.state(of: .staging).note
        #expect(running?.attempts.map(\.sequence) == [42])
        #expect(running?.lastSequence == 42)
    }

    @Test func failedRollbackIsRecordedAsFailed() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.commit(in: fixture.shared.first)
        let runner = try fixture.runner(fixture.shared.first, executor: FailingExecutor(rollbackSucceeds: false))

        let (outcome, _) = try fixture.run(runner, fixture.request(now: true))

        #expect(outcome.record?.result == .failed)
        #expect(outcome.exitStatus == 1)
    }

    @Test func nextDeploymentAfterFailedAttemptGetsNextNumber() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.commit(in: fixture.shared.first)
        let failing = try fixture.runner(fixture.shared.first, executor: FailingExecutor(rollbackSucceeds: true))
        _ = try fixture.run(failing, fixture.request(now: true))

        let (outcome, _) = try fixture.run(try fixture.runner(fixture.shared.first), fixture.request(now: true))

        #expect(outcome.sequence == 43)
        #expect(outcome.record?.result == .succeeded)
    }

    @Test func dryRunChangesNothing() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.commit(in: fixture.shared.first)
        let notesBefore = try fixture.shared.remoteReference("refs/notes/vixen-gate/staging")

        let (outcome, events) = try fixture.run(
            try fixture.runner(fixture.shared.first), fixture.request(dryRun: true, now: true))

        #expect(outcome.decision.kind == .deploy)
        #expect(outcome.dryRun)
        #expect(outcome.record == nil)
        #expect(events == [])
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
        #expect(try fixture.shared.remoteReference("refs/notes/vixen-gate/staging") == notesBefore)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/lock/staging") == nil)
    }

    @Test func missingDeploymentIsRefused() throws {
        let fixture = try RunnerFixture()

        let (outcome, _) = try fixture.run(try fixture.runner(fixture.shared.first), fixture.request(.production))

        #expect(outcome.decision == .refuse(.noDeploymentRecorded(reference: "refs/vixen-gate/deployed/production")))
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/lock/production") == nil)
    }

    @Test func blockingGateIsRefused() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.commit(in: fixture.shared.first)
        let rule = try #require(RuleID(parsing: "secret.env-file"))
        let runner = try fixture.runner(fixture.shared.first, blockingRules: [rule])

        let (outcome, _) = try fixture.run(runner, fixture.request(now: true))

        #expect(outcome.decision == .refuse(.gateBlocked(rules: [rule])))
        #expect(outcome.exitStatus == 0)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
    }

    @Test func productionTakesWhatStagingRuns() throws {
        let fixture = try RunnerFixture()
        let store = try SharedRepository.store(fixture.shared.first, clock: fixture.clock)
        try SharedRepository.record(
            fixture.shared.initial, target: .production, sequence: 9, store: store, time: RunnerFixture.start)
        let staged = try fixture.shared.commit(in: fixture.shared.first)
        try SharedRepository.record(staged, target: .staging, sequence: 42, store: store, time: RunnerFixture.start)
        try fixture.shared.commit(in: fixture.shared.first, message: "feat: not on staging yet")
        // Tuesday 2024-01-02 11:00 in Madrid, 33 hours after staging took the commit.
        fixture.clock.advance(by: 86400 + 9 * 3600)
        var policy = CostPolicy.defaults
        policy.production.commits = 1

        let (outcome, _) = try fixture.run(
            try fixture.runner(fixture.shared.first, policy: policy), fixture.request(.production))

        #expect(outcome.decision.kind == .deploy)
        #expect(outcome.pending?.head == staged)
        #expect(outcome.sequence == 10)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/production") == staged.hex)
    }

    @Test func missingRemoteIsReported() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.first.git("remote", "rename", "origin", "upstream")

        let (outcome, events) = try fixture.run(try fixture.runner(fixture.shared.first), fixture.request())

        #expect(events == [.localStateOnly(remote: "origin")])
        #expect(outcome.decision.kind == .defer)
    }
}
