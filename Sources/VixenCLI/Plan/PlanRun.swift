import VixenChecks
import VixenConfig
import VixenCore
import VixenDeploy
import VixenGit
import VixenReport
import VixenRunner

/// One `vixen-gate plan`: resolve the range, run the gate over it, decide the version, and print the plan.
struct PlanRun {
    let options: PlanOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns the exit status: 0 when the plan is resolved and nothing blocks, 1 when the gate blocks it,
    /// as `check` does, so a CI job fails on a plan that must not be deployed.
    ///
    /// What can be checked without the repository (the target, `--version`, the `--output` files) is
    /// checked first, so a mistake there stops the run before any history is read.
    func execute() throws(RunFailure) -> Int32 {
        guard let target = options.target else {
            throw .message(Catalog.planMissingTarget(accepted: DeployTarget.allCases.map(\.rawValue)))
        }
        let override = try versionOverride()
        let delivery = PlanDelivery(
            options: options, language: language, currentDirectory: currentDirectory, console: console)
        try delivery.rejectSameFile()

        let repository = try git { () throws(GitError) in
            try Repository.open(path: options.repo, currentDirectory: currentDirectory, environment: environment)
        }
        let range = try PlanRangeSelection.resolve(repository, target: target, base: options.base, head: options.head)
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        let configuration = try source.load(base: range.base, head: range.head)
        let gate = Gate(
            repository: repository, configuration: configuration,
            customSecretRules: try source.loadRules(configuration, base: range.base, head: range.head))
        let changes = try git { () throws(GitError) in
            try repository.readRange(base: range.base, head: range.head, options: gate.readOptions)
        }
        let tests = PlanTestsStep(
            configuration: configuration, workTree: repository.workTree, environment: environment, console: console,
            language: language)
        let (report, testInput) = try tests.apply(
            to: try gate.evaluate(changes, layoutCommit: range.head, staged: false, worktree: false),
            runTests: options.runTests)
        let version: VersionDecision
        if let override {
            version = override
        } else {
            version = try git { () throws(GitError) in
                try PlanVersionReader(repository: repository).decide(head: range.head)
            }
        }

        var input = PlanInput(
            target: target, version: version,
            range: PlanRange(
                base: range.base, head: range.head, baseRevision: range.baseRevision,
                headRevision: range.headRevision, commits: changes.commits.count),
            files: report.files.map {
                PlanInput.ChangedFile(path: $0.path, status: $0.status, component: $0.component)
            },
            findings: report.findings, rulesRun: Self.rulesRun(configuration),
            commands: .configured(configuration, target: target), notes: range.notes)
        input.tests = testInput
        if tests.testsRuleRan(testInput) {
            input.rulesRun.insert(ComponentTestsRule().id)
        }
        let plan = DeployPlan.resolve(input)
        try delivery.deliver(plan)
        return plan.blocked ? 1 : 0
    }

    /// Returns the `--version` value as a version, or nil when it was not given.
    private func versionOverride() throws(RunFailure) -> VersionDecision? {
        guard let text = options.version else {
            return nil
        }
        guard let version = SemanticVersion(parsing: text) else {
            throw .message(Catalog.planInvalidVersion(text))
        }
        return .override(version)
    }

    /// Returns the ids of the built-in rules that ran: every rule the standard checks report, except those
    /// that the configuration turns off and `checklist.tests`, which judges a range only when its test
    /// commands ran.
    static func rulesRun(_ configuration: Configuration) -> Set<RuleID> {
        let testsRule = ComponentTestsRule().id
        let running = RuleCatalog.standard.rules.filter { rule in
            rule.id != testsRule && configuration.severity(of: rule.id, default: rule.defaultSeverity) != nil
        }
        return Set(running.map(\.id))
    }
}
