import Foundation
import Testing
import VixenCore
import VixenDeploy

/// The first line and the team's report lines, in English and Spanish.
struct DecisionTextTests {
    private let hour = CostFixtures.hour

    private func plan(_ target: DeployTarget) -> DeployPlan {
        let input = PlanInput(
            target: target, version: PlanFixtures.version,
            range: PlanRange(
                base: CostFixtures.base, head: CostFixtures.head, baseRevision: target.deployedReference,
                headRevision: "HEAD", commits: 3),
            files: PlanFixtures.files(["BE/app.py", "FE/app.js", "DB/0002.py"]), findings: [], rulesRun: [])
        return DeployPlan.resolve(input)
    }

    private func outcome(_ decision: DeployDecision, target: DeployTarget = .staging, record: DeploymentRecord? = nil)
        -> DeployOutcome
    {
        DeployOutcome(
            target: target, decision: decision, deployedCommit: CostFixtures.base,
            pending: CostFixtures.pending(deployable: 3, lines: 40, age: 2 * hour), plan: plan(target), sequence: 42,
            dryRun: false, record: record)
    }

    private let figures = BatchFigures(
        commits: 3, commitThreshold: 5, lines: 40, lineThreshold: 200, oldestWait: 2 * 3600 + 59, maxWait: 24 * 3600,
        oldestCommit: CostFixtures.id(1))

    @Test func deferralHeadlineAndLine() throws {
        let text = DecisionText(outcome: outcome(.postpone(.belowThresholds, figures: figures)))

        #expect(text.headline.english == "deferred: 3/5 commits, 40/200 lines, oldest 2 h of 24 h")
        #expect(text.headline.spanish == "aplazado: 3/5 commits, 40/200 líneas, el más antiguo lleva 2 h de 24 h")
        let line = try #require(text.reportLine)
        #expect(line.english == "[OPS-042] Deferred v1.4.0 to staging - 3/5 commits, 40/200 lines, oldest 2 h of 24 h")
        #expect(
            line.spanish
                == "[OPS-042] Aplazada la v1.4.0 en staging - 3/5 commits, 40/200 líneas, el más antiguo lleva 2 h de 24 h"
        )
    }

    @Test func deployedLine() throws {
        let record = DeploymentRecord(
            commit: CostFixtures.head, sequence: 42, version: PlanFixtures.version.version, time: CostFixtures.monday,
            components: [.backend, .frontend, .database], result: .succeeded, source: .deploy)
        let text = DecisionText(outcome: outcome(.deploy(.releaseTag("v1.4.0")), record: record))

        #expect(text.headline.english == "deploy: the head carries the release tag v1.4.0")
        #expect(text.reportLine?.english == "[OPS-042] Deployed v1.4.0 to staging - components: BE, FE, DB")
        #expect(text.reportLine?.spanish == "[OPS-042] Desplegada la v1.4.0 en staging - componentes: BE, FE, DB")
    }

    @Test func refusalLineNamesReason() throws {
        let readyAt = CostFixtures.date("2024-04-02T06:00:00Z")
        let decision = DeployDecision.refuse(
            .soakIncomplete(commit: CostFixtures.head, ranFor: 3 * hour, soak: 24 * hour, readyAt: readyAt))
        let text = DecisionText(outcome: outcome(decision, target: .production))

        #expect(
            text.headline.english
                == "refused: 0000000 has run on staging for 3 h of 24 h; production can take it from 2024-04-02 06:00 UTC"
        )
        #expect(
            text.reportLine?.spanish
                == "[SM-042] Rechazada la v1.4.0 en producción - 0000000 lleva 3 h de 24 h en staging; producción puede "
                + "recibirlo a partir de 2024-04-02 06:00 UTC")
    }

    @Test func sequenceHasThreeDigits() {
        #expect(DecisionText.sequenceText(7) == "007")
        #expect(DecisionText.sequenceText(42) == "042")
        #expect(DecisionText.sequenceText(1234) == "1234")
    }

    static let durationCases: [(TimeInterval, String)] = [
        (0, "0 s"), (59.9, "59 s"), (60, "1 min"), (3599, "59 min"), (3600, "1 h"), (2 * 86400 - 1, "47 h"),
        (2 * 86400, "2 d"), (-5, "0 s"),
    ]

    @Test(arguments: durationCases)
    func durations(seconds: TimeInterval, text: String) {
        #expect(DurationText.text(seconds) == text)
    }
}
