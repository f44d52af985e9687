import VixenCore
import VixenDeploy

/// Builders of plan inputs for the tests, with fixed commit ids and a version of 1.4.0.
enum PlanFixtures {
    static let base = ObjectID(hex: String(repeating: "a", count: 40))
    static let head = ObjectID(hex: String(repeating: "b", count: 40))
    static let version = VersionDecision(
        version: SemanticVersion(major: 1, minor: 4, patch: 0), source: .tag, previousTag: "v1.3.0", bump: .minor,
        commits: 3)

    static func range(commits: Int = 3) -> PlanRange {
        PlanRange(
            base: base, head: head, baseRevision: "refs/vixen-gate/deployed/staging", headRevision: "HEAD",
            commits: commits)
    }

    /// Returns a changed file for each path, with the component its first path segment names:
    /// `BE/…`, `FE/…`, `DB/…` and so on, or none for `none/…`.
    static func files(_ paths: [String]) -> [PlanInput.ChangedFile] {
        paths.map { path in
            let folder = String(path.prefix { $0 != "/" })
            return PlanInput.ChangedFile(
                path: path, status: .added, component: folder == "none" ? nil : Component(folder))
        }
    }

    static func input(
        _ target: DeployTarget, paths: [String], commits: Int = 3, findings: [Finding] = [],
        rulesRun: Set<RuleID> = [], commands: DeployCommands = .defaults
    ) -> PlanInput {
        PlanInput(
            target: target, version: version, range: range(commits: commits), files: files(paths),
            findings: findings, rulesRun: rulesRun, commands: commands)
    }

    static func plan(_ target: DeployTarget, paths: [String], commits: Int = 3) -> DeployPlan {
        DeployPlan.resolve(input(target, paths: paths, commits: commits))
    }
}

/// One step as the tests compare it: its action, its component's name or `-`, and its reason.
struct StepLine: Equatable, CustomStringConvertible {
    let action: String
    let component: String
    let reason: String

    init(_ action: StepAction, _ component: String, _ reason: StepReason) {
        self.action = action.rawValue
        self.component = component
        self.reason = reason.rawValue
    }

    init(_ step: PlanStep) {
        action = step.action.rawValue
        component = step.component?.name ?? "-"
        reason = step.reason.rawValue
    }

    var description: String { "\(action) \(component) \(reason)" }
}
