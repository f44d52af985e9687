import VixenCore
import VixenDeploy

/// `vixen-gate plan`, which prints the deploy plan of a range for staging, production or a hotfix.
enum PlanCommand {
    static let target = ChoiceOption<DeployTarget?>(
        "target",
        valueName: "TARGET",
        help: Catalog.helpPlanTargetOption(),
        defaultDescription: nil,
        required: true
    )
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpPlanRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )
    static let base = ValueOption(
        "base",
        valueName: "REV",
        help: Catalog.helpPlanBaseOption(),
        defaultDescription: Catalog.helpPlanBaseDefault()
    )
    static let head = ValueOption(
        "head",
        valueName: "REV",
        help: Catalog.helpPlanHeadOption(),
        defaultDescription: Catalog.helpPlanHeadDefault()
    )
    static let version = ValueOption("version", valueName: "X.Y.Z", help: Catalog.helpPlanVersionOption())
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: PlanFormat.text,
        help: Catalog.helpPlanFormatOption()
    )
    static let output = RepeatableOption("output", valueName: "FORMAT=FILE", help: Catalog.helpPlanOutputOption())
    static let runTests = FlagOption("run-tests", help: Catalog.helpPlanRunTestsOption())

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpPlanExitResolved()),
            HelpSection.Entry(term: "1", description: Catalog.helpPlanExitBlocked()),
            HelpSection.Entry(term: "2", description: Catalog.helpPlanExitFailed()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "plan",
        summary: Catalog.helpPlanSummary(),
        discussion: [Catalog.helpPlanRange(), Catalog.helpPlanVersionRule()],
        options: [target, repo, base, head, version, format, output, runTests],
        sections: [exitStatus]
    ) { arguments throws(UsageError) in
        let options = PlanOptions(
            target: try arguments.value(of: target),
            repo: arguments[repo],
            base: arguments[base],
            head: arguments[head],
            version: arguments[version],
            format: try arguments.value(of: format),
            outputs: try outputFiles(arguments[output], command: arguments.commandWords),
            runTests: arguments[runTests]
        )
        return .plan(options)
    }

    /// Parses the `--output FORMAT=FILE` values, in the order given, as `check` does.
    ///
    /// The format is the part before the first `=`. Two entries whose paths are spelled alike are
    /// rejected here; the run compares the resolved paths again before writing.
    ///
    /// - Throws: ``UsageError`` for an unknown format, a missing or empty file, or a file named twice.
    static func outputFiles(_ entries: [String], command: [String]) throws(UsageError) -> [PlanOptions.OutputFile] {
        var files: [PlanOptions.OutputFile] = []
        var entryByPath: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "="), entry.index(after: equals) != entry.endIndex else {
                throw UsageError.missingOutputFile(entry: entry, command: command)
            }
            let name = String(entry[..<equals])
            let path = String(entry[entry.index(after: equals)...])
            guard let format = PlanFormat(rawValue: name) else {
                let accepted = PlanFormat.allCases.map(\.rawValue)
                throw UsageError.invalidOutputFormat(name, entry: entry, accepted: accepted, command: command)
            }
            if let first = entryByPath[path] {
                throw UsageError.duplicateOutputFile(path, first: first, second: entry, command: command)
            }
            entryByPath[path] = entry
            files.append(PlanOptions.OutputFile(format: format, path: path))
        }
        return files
    }
}
