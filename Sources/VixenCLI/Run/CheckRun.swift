import VixenConfig
import VixenCore
import VixenGit
import VixenReport

/// One `vixen-gate check`: read the range, run the checks, print the report and write the report files.
struct CheckRun {
    let options: CheckOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns the exit status: 0 when nothing blocks, 1 when a finding blocks.
    ///
    /// Everything that can be checked without the repository (the CI's variables, the `--output` files)
    /// is checked first, so a mistake there stops the run before any history is read.
    func execute() throws(RunFailure) -> Int32 {
        let plan = try ciPlan()
        let delivery = ReportDelivery(
            options: options, plan: plan, language: language, environment: environment,
            currentDirectory: currentDirectory, console: console)
        try delivery.rejectSameFile()

        let repository = try git { () throws(GitError) in
            try Repository.open(path: options.repo, currentDirectory: currentDirectory, environment: environment)
        }
        let range: RangeSelection
        if let plan {
            range = try CIRangeResolver.resolve(plan, in: repository, base: options.base, head: options.head)
        } else {
            range = try git { () throws(GitError) in
                try RangeSelection.resolve(repository, base: options.base, head: options.head)
            }
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: options.config, currentDirectory: currentDirectory,
            readsWorkTree: options.staged || options.worktree)
        let configuration = try source.load(base: range.base, head: range.head)
        let gate = Gate(
            repository: repository, configuration: configuration,
            customSecretRules: try source.loadRules(configuration, base: range.base, head: range.head),
            baseline: try source.loadBaseline(configuration, base: range.base))
        let changes = try readChanges(repository, range: range, limits: gate.readOptions)
        var report = try gate.evaluate(
            changes, layoutCommit: range.head, staged: options.staged, worktree: options.worktree)
        if options.runTests {
            let tests = ComponentTestsStep(
                configuration: configuration, workTree: repository.workTree, environment: environment,
                console: console, language: language)
            report = try tests.run(after: report)
        }
        try delivery.deliver(plan == nil ? report : PushedSecretNotice.marking(report))
        return report.exitStatus
    }

    /// Returns the range the CI's variables describe under `--ci`, else nil.
    private func ciPlan() throws(RunFailure) -> CIRangePlan? {
        guard options.ci else {
            return nil
        }
        do {
            return try CIDetector.plan(environment: environment) { path throws(FileAccessError) in
                try FileAccess.readAll(path, relativeTo: currentDirectory)
            }
        } catch {
            throw .message(error.message)
        }
    }

    private func readChanges(_ repository: Repository, range: RangeSelection, limits: ReadOptions)
        throws(RunFailure) -> ChangeSet
    {
        try git { () throws(GitError) in
            let commits = try repository.readRange(base: range.base, head: range.head, options: limits)
            let staged = options.staged ? try repository.readStaged(options: limits) : []
            let worktree = options.worktree ? try repository.readWorktree(options: limits) : []
            return ChangeSet(
                base: commits.base, head: commits.head, diffBase: commits.diffBase, commits: commits.commits,
                overall: commits.overall, staged: staged, worktree: worktree)
        }
    }
}
