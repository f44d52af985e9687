import VixenConfig
import VixenCore
import VixenDeploy
import VixenGit
import VixenRunner

/// Reviews a pending range as `plan` does: the gate's findings, the plan with its version, the
/// pending changes by component, and the cost rules of the configuration at the range's base.
struct GateReviewer: RangeReviewer {
    let workspace: DeployWorkspace

    func review(target: DeployTarget, base: ObjectID, head: ObjectID, headRevision: String)
        throws(DeployRunError) -> RangeReview
    {
        do {
            return try reviewed(target: target, base: base, head: head, headRevision: headRevision)
        } catch {
            throw .review(LocalizedText(en: error.text(.english), es: error.text(.spanish)))
        }
    }

    private func reviewed(target: DeployTarget, base: ObjectID, head: ObjectID, headRevision: String)
        throws(RunFailure) -> RangeReview
    {
        let repository = workspace.repository
        let configuration = try workspace.configuration(base: base, head: head)
        let policy = try CostPolicy.configured(configuration.deploy)
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: workspace.currentDirectory,
            readsWorkTree: false)
        let gate = Gate(
            repository: repository, configuration: configuration,
            customSecretRules: try source.loadRules(configuration, base: base, head: head))
        let changes = try git { () throws(GitError) in
            try repository.readRange(base: base, head: head, options: gate.readOptions)
        }
        let report = try gate.evaluate(changes, layoutCommit: head, staged: false, worktree: false)
        let resolver = try workspace.components(configuration, head: head)
        let pending = try git { () throws(GitError) in
            try PendingChangesReader(repository: repository, options: gate.readOptions) { resolver.component(for: $0) }
                .pending(changes, base: base, head: head)
        }
        let version = try git { () throws(GitError) in
            try PlanVersionReader(repository: repository).decide(head: head)
        }

        let input = PlanInput(
            target: target, version: version,
            range: PlanRange(
                base: base, head: head, baseRevision: target.deployedReference, headRevision: headRevision,
                commits: changes.commits.count),
            files: report.files.map {
                PlanInput.ChangedFile(path: $0.path, status: $0.status, component: $0.component)
            },
            findings: report.findings, rulesRun: PlanRun.rulesRun(configuration),
            commands: .configured(configuration, target: target))
        return RangeReview(pending: pending, plan: DeployPlan.resolve(input), policy: policy)
    }
}
