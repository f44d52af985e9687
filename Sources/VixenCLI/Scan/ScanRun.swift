import VixenCore
import VixenGit
import VixenReport

/// One `vixen-gate scan`: read the configuration, scan the paths or the history, print the report
/// and write the report files.
struct ScanRun {
    let options: ScanOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console
    var input: StandardInput = .process

    /// Returns the exit status: 0 when nothing blocks, 1 when a finding blocks.
    ///
    /// The `--output` files are checked first, so a mistake there stops the run before anything is read.
    func execute() throws(RunFailure) -> Int32 {
        // The report goes out as `check` sends it, outside CI.
        let reportOptions = CheckOptions(format: options.format, outputs: options.outputs, color: options.color)
        let delivery = ReportDelivery(
            options: reportOptions, plan: nil, language: language, environment: environment,
            currentDirectory: currentDirectory, console: console)
        try delivery.rejectSameFile()

        let report: Report
        switch options.target {
        case .paths(let paths, let namedByUser):
            report = try scanPaths(namedByUser ? paths : [nil])
        case .history(let tips, let repo):
            report = try scanHistory(tips, repo: repo)
        }
        try delivery.deliver(report)
        return report.exitStatus
    }

    /// Scans files with the configuration of the work tree that contains the current directory.
    private func scanPaths(_ arguments: [String?]) throws(RunFailure) -> Report {
        let workspace = try RulesWorkspace.load(
            explicitConfig: options.config, currentDirectory: currentDirectory, environment: environment)
        let customRules = try workspace.customRuleFiles()
        try SeverityRuleValidation.validate(workspace.configuration, customRuleFiles: customRules)
        let checks = ScanChecks(
            configuration: workspace.configuration, customRules: customRules,
            environment: environment, currentDirectory: currentDirectory)
        let root = FileSystemPath(workspace.root.path, relativeTo: currentDirectory).resolved()
        let scan = PathScan(
            arguments: arguments, includesIgnored: options.includesIgnored, checks: checks,
            configurationRoot: root.map { $0.text == "/" ? "/" : $0.text + "/" }, currentDirectory: currentDirectory,
            input: input)
        return try scan.run()
    }

    /// Scans a history with the configuration of the repository's work tree, or of its HEAD commit
    /// when it has none.
    private func scanHistory(_ tips: HistoryTips, repo: String?) throws(RunFailure) -> Report {
        let repository: Repository
        let head: ObjectID
        do {
            repository = try Repository.open(path: repo, currentDirectory: currentDirectory, environment: environment)
            head = try repository.headCommit()
        } catch {
            throw .git(error)
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: options.config, currentDirectory: currentDirectory,
            readsWorkTree: repository.workTree != nil)
        let configuration = try source.load(base: nil, head: head)
        let checks = ScanChecks(
            configuration: configuration, customRules: try source.loadRules(configuration, base: nil, head: head),
            environment: environment, currentDirectory: currentDirectory)
        let progress = ScanProgress(console: console, language: language)
        return try HistoryScan(repository: repository, tips: tips, checks: checks, progress: progress).run()
    }
}
