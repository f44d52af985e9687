import VixenConfig
import VixenCore
import VixenGit
import VixenReport

/// One `vixen-gate check`: read the range, run the checks, print the report.
struct CheckRun {
    let options: CheckOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns the exit status: 0 when nothing blocks, 1 when a finding blocks.
    func execute() throws(RunFailure) -> Int32 {
        let repository = try git { () throws(GitError) in
            try Repository.open(path: options.repo, currentDirectory: currentDirectory, environment: environment)
        }
        let range = try git { () throws(GitError) in
            try RangeSelection.resolve(repository, base: options.base, head: options.head)
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: options.config, currentDirectory: currentDirectory,
            readsWorkTree: options.staged || options.worktree)
        let gate = Gate(repository: repository, configuration: try source.load(base: range.base, head: range.head))
        let changes = try readChanges(repository, range: range, limits: gate.readOptions)
        let report = try gate.evaluate(
            changes, layoutCommit: range.head, staged: options.staged, worktree: options.worktree)
        console.writeOutput(renderer.render(report, language: language))
        return report.exitStatus
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

    private var renderer: any ReportRenderer {
        switch options.format {
        case .json:
            return JSONReportRenderer()
        case .text:
            let color = TerminalColor.shouldColor(
                choice: options.color, isTerminal: console.outputIsTerminal, environment: environment)
            return TextReportRenderer(color: color)
        }
    }

    private func git<Result>(_ body: () throws(GitError) -> Result) throws(RunFailure) -> Result {
        do {
            return try body()
        } catch {
            throw .git(error)
        }
    }
}
