import Foundation
import VixenCore
import VixenDeploy
import VixenGit

/// Reviews a range of a fixture repository without the gate: a path's component is its first
/// folder (`BE/app.py` is BE), the version is 1.4.0, and the blocking rules are given.
struct FixtureReviewer: RangeReviewer {
    let repository: Repository
    var policy = CostPolicy.defaults
    var blockingRules: [RuleID] = []

    static func component(of path: String) -> Component? {
        guard let slash = path.firstIndex(of: "/") else {
            return nil
        }
        return Component(String(path[..<slash]))
    }

    func review(target: DeployTarget, base: ObjectID, head: ObjectID, headRevision: String)
        throws(DeployRunError) -> RangeReview
    {
        let pending: PendingChanges
        let counts: [LineCount]
        do {
            pending = try PendingChangesReader(
                repository: repository, options: ReadOptions(), component: Self.component
            )
            .read(base: base, head: head)
            counts = try repository.lineCounts(from: base, to: head, renameLimit: 1000)
        } catch {
            throw .git(error)
        }
        let findings = blockingRules.map { rule in
            Finding(
                rule: rule, severity: .error, file: "BE/app.py", line: 1, commit: head.hex,
                message: LocalizedText(en: "blocked", es: "bloqueado"))
        }
        let input = PlanInput(
            target: target,
            version: VersionDecision(version: SemanticVersion(major: 1, minor: 4, patch: 0), source: .override),
            range: PlanRange(
                base: base, head: head, baseRevision: target.deployedReference, headRevision: headRevision,
                commits: pending.commits.count),
            files: counts.map {
                PlanInput.ChangedFile(path: $0.path, status: .modified, component: Self.component(of: $0.path))
            },
            findings: findings, rulesRun: [])
        return RangeReview(pending: pending, plan: DeployPlan.resolve(input), policy: policy)
    }
}
