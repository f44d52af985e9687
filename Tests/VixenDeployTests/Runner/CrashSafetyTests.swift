import Foundation
import Testing
import VixenCore
import VixenDeploy
import VixenGit
import VixenTestSupport

/// A run that stops between steps leaves the deployed reference where it was and the lock in
/// place, and the next run recovers.
struct CrashSafetyTests {
    private let lockReference = "refs/vixen-gate/lock/staging"

    /// Runs a deployment from the first clone that stops after two steps.
    private func interruptedRun(_ fixture: RunnerFixture) throws -> ObjectID {
        let change = try fixture.shared.commit(in: fixture.shared.first)
        let runner = try fixture.runner(fixture.shared.first, executor: InterruptingExecutor(completedSteps: 2))
        let reason = LocalizedText(en: "connection lost", es: "conexión perdida")
        #expect(
            throws: DeployRunError.execution(
                .interrupted(completedSteps: 2, reason: reason), lockKept: true, reference: lockReference)
        ) {
            _ = try fixture.run(runner, fixture.request(now: true))
        }
        return change
    }

    @Test func interruptedRunKeepsStateAndLock() throws {
        let fixture = try RunnerFixture()
        let change = try interruptedRun(fixture)

        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
        #expect(try fixture.shared.remoteReference(lockReference) != nil)
        let store = try SharedRepository.store(fixture.shared.second, clock: fixture.clock)
        try store.fetch()
        #expect(try store.note(on: change, target: .staging) == nil)
        #expect(try store.lock(of: .staging)?.owner.host == "runner-a")
    }

    @Test func nextRunIsRejectedWhileLockIsFresh() throws {
        let fixture = try RunnerFixture()
        _ = try interruptedRun(fixture)
        fixture.clock.advance(by: 5 * 60)
        let owner = SharedRepository.owner("runner-a", time: RunnerFixture.start)

        #expect(
            throws: DeployRunError.state(.lockHeld(reference: lockReference, owner: owner, age: 300))
        ) {
            _ = try fixture.run(try fixture.runner(fixture.shared.second), fixture.request(host: "runner-b", now: true))
        }
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
    }

    @Test func nextRunTakesOverStaleLockAndDeploys() throws {
        let fixture = try RunnerFixture()
        let change = try interruptedRun(fixture)
        fixture.clock.advance(by: 31 * 60)
        let stale = try #require(try fixture.shared.remoteReference(lockReference))
        try fixture.shared.pull(fixture.shared.second)

        let (outcome, events) = try fixture.run(
            try fixture.runner(fixture.shared.second), fixture.request(host: "runner-b", now: true))

        guard case .staleLockReplaced(let replaced, let age) = events.first else {
            Issue.record("expected a stale lock warning first, got \(events)")
            return
        }
        #expect(replaced.commit.hex == stale)
        #expect(replaced.owner.host == "runner-a")
        #expect(age == 31 * 60)
        #expect(outcome.record?.result == .succeeded)
        #expect(outcome.sequence == 42)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == change.hex)
        #expect(try fixture.shared.remoteReference(lockReference) == nil)
    }

    @Test func unconfiguredExecutorReleasesLock() throws {
        let fixture = try RunnerFixture()
        try fixture.shared.commit(in: fixture.shared.first)
        let reason = LocalizedText(en: "not configured", es: "no configurado")
        let runner = try fixture.runner(fixture.shared.first, executor: NotConfiguredExecutor(reason: reason))

        #expect(throws: DeployRunError.execution(.notConfigured(reason), lockKept: false, reference: lockReference)) {
            _ = try fixture.run(runner, fixture.request(now: true))
        }
        #expect(try fixture.shared.remoteReference(lockReference) == nil)
        #expect(try fixture.shared.remoteReference("refs/vixen-gate/deployed/staging") == fixture.shared.initial.hex)
    }
}

/// Stops before any step, as a build without a Coolify runner does.
private struct NotConfiguredExecutor: DeployExecutor {
    let reason: LocalizedText

    func run(_ plan: DeployPlan, context: ExecutionContext, onStep: (StepResult) -> Void) throws(ExecutionError)
        -> ExecutionReport
    {
        throw .notConfigured(reason)
    }

    func rollBack(
        _ plan: DeployPlan, after report: ExecutionReport, context: ExecutionContext, onStep: (StepResult) -> Void
    ) throws(ExecutionError) -> RollbackReport {
        throw .notConfigured(reason)
    }
}
