import Foundation
import VixenChecks
import VixenConfig
import VixenCore

/// One `vixen-gate rules` or `vixen-gate rules check`.
struct RulesRun {
    let request: RulesRequest
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns the exit status: 0, or 1 when `rules check` finds a problem that counts as an error.
    func execute() throws(RunFailure) -> Int32 {
        switch request {
        case .list(let options):
            return try list(options)
        case .check(let options):
            return try check(options)
        }
    }

    private func list(_ options: RulesListOptions) throws(RunFailure) -> Int32 {
        let workspace = try RulesWorkspace.load(
            explicitConfig: options.config, currentDirectory: currentDirectory, environment: environment)
        let parsed = RuleFileParser.parse(try builtInFiles() + workspace.customRuleFiles())
        guard parsed.isValid else {
            let errors = parsed.problems.filter { $0.level == .error }
            throw .message(Catalog.secretsInvalidRules(errors.map(\.line)))
        }
        let rules = parsed.rules.sorted { $0.id < $1.id }
        switch options.format {
        case .text:
            console.writeOutput(RuleListRenderer.text(rules, language: language))
        case .json:
            console.writeOutput(RuleListRenderer.json(rules, language: language))
        }
        return 0
    }

    private func check(_ options: RulesCheckOptions) throws(RunFailure) -> Int32 {
        let builtIn = try builtInFiles()
        let report: RuleChecker.Report
        var problems: [RuleProblem]
        var fileCount: Int

        if options.files.isEmpty {
            let workspace = try RulesWorkspace.load(
                explicitConfig: options.config, currentDirectory: currentDirectory, environment: environment)
            let files = builtIn + (try workspace.customRuleFiles())
            report = try checked(files, context: [])
            problems = report.problems + RuleChecker.allowlistProblems(workspace.configuration.secrets)
            fileCount = files.count
        } else {
            let files = try options.files.map(readFile)
            report = try checked(files, context: builtIn)
            problems = report.problems
            fileCount = files.count
        }

        var lines = problems.map { $0.formatted(language) }
        let errors = problems.filter { $0.level == .error }.count
        let warnings = problems.count - errors
        lines.append(
            Catalog.rulesCheckSummary(
                rules: report.declaredCount, files: fileCount, errors: errors, warnings: warnings)(
                    language))
        console.writeOutput(lines.joined(separator: "\n") + "\n")

        let failed = errors > 0 || (options.warningsAsErrors && warnings > 0)
        return failed ? 1 : 0
    }

    private func checked(_ files: [RuleFileBytes], context: [RuleFileBytes]) throws(RunFailure) -> RuleChecker.Report {
        do {
            return try RuleChecker.check(files, context: context)
        } catch {
            throw .message(error.message)
        }
    }

    private func builtInFiles() throws(RunFailure) -> [RuleFileBytes] {
        do {
            return try BuiltInRules.files()
        } catch {
            throw .message(error.message)
        }
    }

    /// Reads a rule file named on the command line, relative to the current directory.
    private func readFile(_ path: String) throws(RunFailure) -> RuleFileBytes {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory))
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .message(Catalog.rulesFileNotFound(path))
        }
        do {
            return RuleFileBytes(path: path, source: path, bytes: Array(try Data(contentsOf: url)))
        } catch {
            throw .message(Catalog.secretsRuleFileUnreadable(path: path, reason: error.localizedDescription))
        }
    }
}
