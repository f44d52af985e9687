import Foundation
import Testing
import VixenCore
import VixenDeploy

/// One situation and the decision the cost rules must reach in it.
struct CostRuleExample: Sendable, CustomTestStringConvertible {
    let name: String
    let input: CostInput
    var now = CostFixtures.monday
    var policy = CostPolicy.defaults
    var health = HealthStatus.passing
    let kind: DeployDecision.Kind
    /// The ``DecisionReason/code`` expected.
    let reason: String

    var testDescription: String { name }
}

/// The examples of every cost rule: situations that must trigger it and situations that must not.
///
/// Each rule has at least one example on each side: batching (every threshold, the release tag,
/// `--now`), the gate, hotfix severity, and production's soak, rollback, window and health.
enum CostRuleExamples {
    typealias Example = CostRuleExample
    static let hour = CostFixtures.hour

    static func staging(_ pending: PendingChanges, firstDeferrals: [ObjectID: Date] = [:]) -> CostInput {
        CostInput(target: .staging, pending: pending, firstDeferrals: firstDeferrals)
    }

    static func production(_ pending: PendingChanges, staging: StagingEvidence?, now: Bool = false) -> CostInput {
        CostInput(target: .production, pending: pending, skipsBatching: now, staging: staging)
    }

    /// Five pending commits, enough to deploy once every production requirement holds.
    static let ready = CostFixtures.pending(deployable: 5, lines: 40, age: 2 * hour)

    static let batching: [Example] = [
        Example(
            name: "3 of 5 commits, 40 of 200 lines, 2 h of 24 h keeps batching",
            input: staging(CostFixtures.pending(deployable: 3, lines: 40, age: 2 * hour)),
            kind: .defer, reason: "below-thresholds"),
        Example(
            name: "5 commits deploy", input: staging(CostFixtures.pending(deployable: 5, lines: 40, age: 2 * hour)),
            kind: .deploy, reason: "commit-threshold"),
        Example(
            name: "200 lines deploy", input: staging(CostFixtures.pending(deployable: 1, lines: 200, age: 2 * hour)),
            kind: .deploy, reason: "line-threshold"),
        Example(
            name: "199 lines keep batching",
            input: staging(CostFixtures.pending(deployable: 1, lines: 199, age: 2 * hour)),
            kind: .defer, reason: "below-thresholds"),
        Example(
            name: "24 h of waiting deploys",
            input: staging(CostFixtures.pending(deployable: 1, lines: 5, age: 24 * hour)),
            kind: .deploy, reason: "max-wait"),
        Example(
            name: "23 h of waiting keeps batching",
            input: staging(CostFixtures.pending(deployable: 1, lines: 5, age: 23 * hour)),
            kind: .defer, reason: "below-thresholds"),
        Example(
            name: "the wait counts from the first deferral, not the commit date",
            input: staging(
                CostFixtures.pending(deployable: 1, lines: 5, age: 30 * hour),
                firstDeferrals: [CostFixtures.id(1): CostFixtures.monday.addingTimeInterval(-2 * hour)]),
            kind: .defer, reason: "below-thresholds"),
        Example(
            name: "a release tag on the head deploys",
            input: CostInput(
                target: .staging, pending: CostFixtures.pending(deployable: 1, lines: 5, age: hour),
                headReleaseTag: "v1.4.0"),
            kind: .deploy, reason: "release-tag"),
        Example(
            name: "--now deploys below every threshold",
            input: CostInput(
                target: .staging, pending: CostFixtures.pending(deployable: 1, lines: 5, age: hour), skipsBatching: true
            ),
            kind: .deploy, reason: "now"),
        Example(
            name: "commits that change only DOCS do not count",
            input: staging(CostFixtures.pending(deployable: 1, lines: 5, age: hour, others: 6)),
            kind: .defer, reason: "below-thresholds"),
        Example(
            name: "only DOCS pending deploys nothing",
            input: CostInput(
                target: .staging, pending: CostFixtures.pending(deployable: 0, lines: 0, age: hour, others: 6),
                skipsBatching: true),
            kind: .defer, reason: "nothing-deployable"),
        Example(
            name: "nothing pending deploys nothing",
            input: CostInput(
                target: .staging, pending: CostFixtures.pending(deployable: 0, lines: 0, age: hour), skipsBatching: true
            ),
            kind: .defer, reason: "nothing-pending"),
        Example(
            name: "batching applies to production too",
            input: production(
                CostFixtures.pending(deployable: 2, lines: 10, age: hour), staging: CostFixtures.staging(age: 30 * hour)
            ),
            kind: .defer, reason: "below-thresholds"),
    ]

    static let gate: [Example] = [
        Example(
            name: "a blocking finding refuses even with --now",
            input: CostInput(
                target: .staging, pending: ready, skipsBatching: true,
                blockingRules: [RuleID(parsing: "secret.env-file")]
                    .compactMap { $0 }),
            kind: .refuse, reason: "gate-blocked"),
        Example(
            name: "findings that do not block leave the decision to batching", input: staging(ready),
            kind: .deploy, reason: "commit-threshold"),
    ]

    static let hotfix: [Example] = [
        Example(
            name: "a hotfix without critical severity is refused",
            input: CostInput(target: .hotfix, pending: ready), kind: .refuse, reason: "not-critical"),
        Example(
            name: "a Severity: critical trailer allows a hotfix outside the window without a soak",
            input: CostInput(
                target: .hotfix,
                pending: CostFixtures.pending(
                    deployable: 1, lines: 5, age: hour, messages: ["fix: stop the crash\n\nSeverity: critical\n"]),
                critical: .trailer(commit: CostFixtures.id(1))),
            now: CostFixtures.date("2024-04-06T22:00:00Z"), kind: .deploy, reason: "critical-hotfix"),
        Example(
            name: "a hotfix/ branch allows a hotfix",
            input: CostInput(
                target: .hotfix, pending: CostFixtures.pending(deployable: 1, lines: 5, age: hour),
                critical: .branch("hotfix/login")),
            kind: .deploy, reason: "critical-hotfix"),
        Example(
            name: "a blocking finding refuses a critical hotfix",
            input: CostInput(
                target: .hotfix, pending: ready, critical: .option,
                blockingRules: [RuleID(parsing: "secret.env-file")].compactMap { $0 }),
            kind: .refuse, reason: "gate-blocked"),
    ]

    static let production: [Example] = [
        Example(
            name: "a commit staging never ran is refused", input: production(ready, staging: nil),
            kind: .refuse, reason: "not-on-staging"),
        Example(
            name: "23 h on staging is refused", input: production(ready, staging: CostFixtures.staging(age: 23 * hour)),
            kind: .refuse, reason: "soak-incomplete"),
        Example(
            name: "--now does not skip the soak",
            input: production(ready, staging: CostFixtures.staging(age: 23 * hour), now: true),
            kind: .refuse, reason: "soak-incomplete"),
        Example(
            name: "24 h on staging, in the window, healthy, deploys",
            input: production(ready, staging: CostFixtures.staging(age: 24 * hour)),
            kind: .deploy, reason: "commit-threshold"),
        Example(
            name: "a rollback on staging is refused",
            input: production(ready, staging: CostFixtures.staging(age: 48 * hour, result: .rolledBack)),
            kind: .refuse, reason: "failed-on-staging"),
        Example(
            name: "a failed staging deployment is refused",
            input: production(ready, staging: CostFixtures.staging(age: 48 * hour, result: .failed)),
            kind: .refuse, reason: "failed-on-staging"),
        Example(
            name: "staging moved back to an earlier commit is refused",
            input: production(ready, staging: CostFixtures.staging(age: 48 * hour, stillRuns: false)),
            kind: .refuse, reason: "staging-moved-back"),
        Example(
            name: "Friday is outside the window",
            input: production(
                ready,
                staging: CostFixtures.staging(age: 48 * hour, now: CostFixtures.date("2024-04-05T08:00:00Z"))),
            now: CostFixtures.date("2024-04-05T08:00:00Z"), kind: .refuse, reason: "outside-window"),
        Example(
            name: "--now does not skip the window",
            input: production(
                ready, staging: CostFixtures.staging(age: 48 * hour, now: CostFixtures.date("2024-04-01T15:00:00Z")),
                now: true),
            now: CostFixtures.date("2024-04-01T15:00:00Z"), kind: .refuse, reason: "outside-window"),
        Example(
            name: "07:30 UTC on the Monday after the spring change is 09:30 in Madrid",
            input: production(
                ready,
                staging: CostFixtures.staging(age: 48 * hour, now: CostFixtures.date("2024-04-01T07:30:00Z"))),
            now: CostFixtures.date("2024-04-01T07:30:00Z"), kind: .deploy, reason: "commit-threshold"),
        Example(
            name: "07:30 UTC on the Monday before the spring change is 08:30 in Madrid",
            input: production(
                ready,
                staging: CostFixtures.staging(age: 48 * hour, now: CostFixtures.date("2024-03-25T07:30:00Z"))),
            now: CostFixtures.date("2024-03-25T07:30:00Z"), kind: .refuse, reason: "outside-window"),
        Example(
            name: "14:30 UTC on the Monday after the autumn change is 15:30 in Madrid",
            input: production(
                ready,
                staging: CostFixtures.staging(age: 48 * hour, now: CostFixtures.date("2024-10-28T14:30:00Z"))),
            now: CostFixtures.date("2024-10-28T14:30:00Z"), kind: .deploy, reason: "commit-threshold"),
        Example(
            name: "14:30 UTC on the Monday before the autumn change is 16:30 in Madrid",
            input: production(
                ready,
                staging: CostFixtures.staging(age: 48 * hour, now: CostFixtures.date("2024-10-21T14:30:00Z"))),
            now: CostFixtures.date("2024-10-21T14:30:00Z"), kind: .refuse, reason: "outside-window"),
        Example(
            name: "failing staging health checks are refused",
            input: production(ready, staging: CostFixtures.staging(age: 48 * hour)),
            health: .failing("backend: running:unhealthy"), kind: .refuse, reason: "staging-unhealthy"),
        Example(
            name: "unknown staging health is refused",
            input: production(ready, staging: CostFixtures.staging(age: 48 * hour)),
            health: .unavailable(LocalizedText(en: "not configured", es: "no configurado")),
            kind: .refuse, reason: "health-unknown"),
        Example(
            name: "a window in a zone this system lacks is refused",
            input: production(ready, staging: CostFixtures.staging(age: 48 * hour)),
            policy: CostPolicy(
                windows: [
                    DeploymentWindow(days: [.monday], start: 0, end: 1440, timeZoneIdentifier: "Mars/Olympus_Mons")
                ]),
            kind: .refuse, reason: "unknown-time-zone"),
    ]

    static let all = batching + gate + hotfix + production
}

/// Runs every example of every cost rule.
struct CostRuleExampleTests {
    @Test(arguments: CostRuleExamples.all)
    func example(_ example: CostRuleExample) {
        let decision = CostFixtures.decide(
            example.input, now: example.now, policy: example.policy, health: example.health)

        #expect(decision.kind == example.kind)
        #expect(decision.reason.code == example.reason)
    }

    @Test func everyRuleHasBothSides() {
        let codes = Set(CostRuleExamples.all.map(\.reason))

        #expect(CostRuleExamples.all.contains { $0.kind == .defer })
        #expect(CostRuleExamples.all.contains { $0.kind == .deploy })
        #expect(CostRuleExamples.all.contains { $0.kind == .refuse })
        for code in [
            "below-thresholds", "commit-threshold", "line-threshold", "max-wait", "release-tag", "now", "gate-blocked",
            "not-critical", "critical-hotfix", "not-on-staging", "soak-incomplete", "failed-on-staging",
            "staging-moved-back", "outside-window", "staging-unhealthy", "health-unknown",
        ] {
            #expect(codes.contains(code), "\(code)")
        }
    }
}
