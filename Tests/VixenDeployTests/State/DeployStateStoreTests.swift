import Foundation
import Testing
import VixenCore
import VixenDeploy
import VixenGit
import VixenTestSupport

/// The state shared through a bare remote by two clones, as two CI runners share it.
struct DeployStateStoreTests {
    private let start = Date(timeIntervalSince1970: 1_704_153_600)
    private let hour: TimeInterval = 3600

    @Test func recordedStateReachesOtherClone() throws {
        let shared = try SharedRepository()
        let clock = TestClock(start)
        let first = try SharedRepository.store(shared.first, clock: clock)
        try first.fetch()
        try SharedRepository.record(shared.initial, target: .staging, sequence: 41, store: first, time: start)

        let second = try SharedRepository.store(shared.second, clock: clock)
        try second.fetch()
        let state = try second.state(of: .staging)

        #expect(try shared.remoteReference("refs/vixen-gate/deployed/staging") == shared.initial.hex)
        #expect(state.deployedCommit == shared.initial)
        #expect(state.note?.deployment?.sequence == 41)
        #expect(state.note?.deployment?.result == .succeeded)
        #expect(state.lock == nil)
    }

    @Test func hotfixSharesProductionState() throws {
        let shared = try SharedRepository()
        let store = try SharedRepository.store(shared.first, clock: TestClock(start))
        try SharedRepository.record(shared.initial, target: .hotfix, sequence: 7, store: store, time: start)

        #expect(try store.state(of: .production).deployedCommit == shared.initial)
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/production") == shared.initial.hex)
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/hotfix") == nil)
    }

    @Test func secondRunnerIsRejectedWhileLockIsFresh() throws {
        let shared = try SharedRepository()
        let clock = TestClock(start)
        let first = try SharedRepository.store(shared.first, clock: clock)
        let second = try SharedRepository.store(shared.second, clock: clock)
        let owner = SharedRepository.owner("runner-a", time: start)
        let held = try first.acquireLock(.staging, owner: owner, timeToLive: 30 * 60)

        try second.fetch()
        let later = SharedRepository.owner("runner-b", time: start.addingTimeInterval(10 * 60))

        #expect(throws: DeployStateError.lockHeld(reference: "refs/vixen-gate/lock/staging", owner: owner, age: 600)) {
            try second.acquireLock(.staging, owner: later, timeToLive: 30 * 60)
        }
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == held.lock.commit.hex)
        #expect(held.replaced == nil)
    }

    @Test func runnerThatLosesTheRaceIsRejected() throws {
        let shared = try SharedRepository()
        let clock = TestClock(start)
        let first = try SharedRepository.store(shared.first, clock: clock)
        let second = try SharedRepository.store(shared.second, clock: clock)
        // Both fetch while no lock exists; the first then pushes its lock before the second does.
        try first.fetch()
        try second.fetch()
        let winner = SharedRepository.owner("runner-a", time: start)
        _ = try first.acquireLock(.staging, owner: winner, timeToLive: 30 * 60)

        #expect(throws: DeployStateError.lockHeld(reference: "refs/vixen-gate/lock/staging", owner: winner, age: 0)) {
            try second.acquireLock(
                .staging, owner: SharedRepository.owner("runner-b", time: start), timeToLive: 30 * 60)
        }
    }

    @Test func staleLockIsTakenOver() throws {
        let shared = try SharedRepository()
        let clock = TestClock(start)
        let first = try SharedRepository.store(shared.first, clock: clock)
        let old = try first.acquireLock(
            .staging, owner: SharedRepository.owner("runner-a", time: start), timeToLive: 1800)
        let second = try SharedRepository.store(shared.second, clock: clock)
        try second.fetch()

        let taken = try second.acquireLock(
            .staging, owner: SharedRepository.owner("runner-b", time: start.addingTimeInterval(31 * 60)),
            timeToLive: 1800)

        #expect(taken.replaced == old.lock)
        #expect(try shared.remoteReference("refs/vixen-gate/lock/staging") == taken.lock.commit.hex)
        #expect(try second.lock(of: .staging)?.owner.host == "runner-b")
    }

    @Test func releasedLockDisappearsEverywhere() throws {
        let shared = try SharedRepository()
        let clock = TestClock(start)
        let first = try SharedRepository.store(shared.first, clock: clock)
        let held = try first.acquireLock(
            .production, owner: SharedRepository.owner("runner-a", time: start), timeToLive: 1800)

        try first.releaseLock(held.lock)

        #expect(try shared.remoteReference("refs/vixen-gate/lock/production") == nil)
        #expect(try first.lock(of: .production) == nil)
        let second = try SharedRepository.store(shared.second, clock: clock)
        try second.fetch()
        #expect(try second.lock(of: .production) == nil)
    }

    @Test func lockOwnerIsReadableWithGitLog() throws {
        let shared = try SharedRepository()
        let store = try SharedRepository.store(shared.first, clock: TestClock(start))
        _ = try store.acquireLock(
            .staging, owner: SharedRepository.owner("runner-a", time: start), timeToLive: 1800)

        let message = try shared.first.git("log", "-1", "--format=%B", "refs/vixen-gate/lock/staging")

        #expect(
            message == """
                vixen-gate lock for staging

                {
                  "ci_job_url" : "https://ci.example.com/jobs/7",
                  "command" : "deploy",
                  "host" : "runner-a",
                  "pid" : 4242,
                  "time" : "2024-01-02T00:00:00Z"
                }
                """)
    }

    @Test func writeAfterRemoteMovedIsRejected() throws {
        let shared = try SharedRepository()
        let clock = TestClock(start)
        let first = try SharedRepository.store(shared.first, clock: clock)
        try SharedRepository.record(shared.initial, target: .staging, sequence: 1, store: first, time: start)
        let second = try SharedRepository.store(shared.second, clock: clock)
        try second.fetch()
        let stale = try second.state(of: .staging)
        let newer = try shared.commit(in: shared.first)
        try first.fetch()
        try SharedRepository.record(newer, target: .staging, sequence: 2, store: first, time: start)

        let note = StateNote(target: .staging, deployment: nil, deferrals: [])
        let change = StateChange(
            target: .staging, notes: [StateChange.NoteWrite(commit: shared.initial, note: note)],
            notesParent: stale.notesCommit)

        #expect(
            throws: DeployStateError.remoteMoved(remote: "origin", references: ["refs/notes/vixen-gate/staging"])
        ) {
            try second.apply(change)
        }
        #expect(try shared.remoteReference("refs/vixen-gate/deployed/staging") == newer.hex)
        #expect(try second.state(of: .staging).notesCommit == stale.notesCommit)
    }

    @Test func repositoryWithoutRemoteKeepsStateLocally() throws {
        let fixture = try GitRepository()
        try fixture.write("BE/app.py", "print(1)\n")
        let commit = ObjectID(hex: try fixture.commit("Start"))
        let store = try SharedRepository.store(fixture, clock: TestClock(start))

        try store.fetch()
        try SharedRepository.record(commit, target: .staging, sequence: 1, store: store, time: start)

        #expect(store.remote == nil)
        #expect(store.remoteName == "origin")
        #expect(try fixture.revParse("refs/vixen-gate/deployed/staging") == commit.hex)
        #expect(try store.state(of: .staging).note?.deployment?.sequence == 1)
    }

    @Test func deployedReferenceToBlobIsRejected() throws {
        let shared = try SharedRepository()
        let blob = try shared.first.revParse("HEAD:BE/app.py")
        try shared.first.git("update-ref", "refs/vixen-gate/deployed/staging", blob)
        let store = try SharedRepository.store(shared.first, clock: TestClock(start))

        #expect(throws: DeployStateError.notACommit(reference: "refs/vixen-gate/deployed/staging")) {
            try store.state(of: .staging)
        }
    }

    @Test func unreachableRemoteFailsWithGitMessage() throws {
        let shared = try SharedRepository()
        try shared.first.git("remote", "set-url", "origin", "file:///nonexistent/vixen-gate-remote.git")
        let store = try SharedRepository.store(shared.first, clock: TestClock(start))

        let error = try #require(throws: DeployStateError.self) { try store.fetch() }

        guard case .remoteCommandFailed(let command, let status, let output) = error else {
            Issue.record("expected a failed git command, got \(error)")
            return
        }
        #expect(command == "git fetch")
        #expect(status == 128)
        #expect(output.contains("/nonexistent/vixen-gate-remote.git"))
    }
}
