import Foundation
import VixenCore
import VixenDeploy
import VixenGit
import VixenTestSupport

/// A shared repository whose staging deployment is recorded at its first commit, with a runner
/// for each clone.
struct RunnerFixture {
    /// An hour after the fixture's first commit, so the commits are young: Monday 2024-01-01 01:00 UTC.
    static let start = GitRepository.firstCommitDate.addingTimeInterval(3600)

    let shared: SharedRepository
    let clock: TestClock

    init() throws {
        shared = try SharedRepository()
        clock = TestClock(Self.start)
        let store = try SharedRepository.store(shared.first, clock: clock)
        try SharedRepository.record(shared.initial, target: .staging, sequence: 41, store: store, time: Self.start)
    }

    /// Returns a runner on `clone` with `executor`, the default cost rules unless `policy` is given.
    func runner(
        _ clone: GitRepository, executor: any DeployExecutor = SucceedingExecutor(), policy: CostPolicy = .defaults,
        blockingRules: [RuleID] = [], health: HealthStatus = .passing
    ) throws -> DeployRunner {
        let store = try SharedRepository.store(clone, clock: clock)
        let reviewer = FixtureReviewer(repository: store.repository, policy: policy, blockingRules: blockingRules)
        return DeployRunner(
            store: store, reviewer: reviewer, executor: executor, healthProbe: FixedHealth(status: health),
            lockTimeToLive: policy.lockTimeToLive, clock: clock.reading)
    }

    /// Returns a request from host `host` at the clock's current time.
    func request(
        _ target: DeployTarget = .staging, host: String = "runner-a", dryRun: Bool = false, now: Bool = false,
        critical: Bool = false, branches: [String] = []
    ) -> DeployRequest {
        DeployRequest(
            target: target, dryRun: dryRun, skipsBatching: now, criticalOption: critical, branches: branches,
            owner: SharedRepository.owner(host, time: clock.now))
    }

    /// Runs `runner` and collects the events it reports.
    func run(_ runner: DeployRunner, _ request: DeployRequest) throws(DeployRunError) -> (DeployOutcome, [RunnerEvent])
    {
        var events: [RunnerEvent] = []
        let outcome = try runner.run(request) { events.append($0) }
        return (outcome, events)
    }
}
