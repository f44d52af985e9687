import VixenCore
import VixenReport

/// `vixen-gate scan [PATH...]` and `vixen-gate scan --history [--all]`: secret scans of whole files,
/// standard input, or every version of every file in the history.
enum ScanCommand {
    static let paths = PositionalSpec("path", arity: .repeating, help: Catalog.helpScanPathArgument())
    static let history = FlagOption("history", help: Catalog.helpScanHistoryOption())
    static let all = FlagOption("all", help: Catalog.helpScanAllOption())
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpScanRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )
    static let noIgnore = FlagOption("no-ignore", help: Catalog.helpScanNoIgnoreOption())
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: OutputFormat.text,
        help: Catalog.helpCheckFormatOption()
    )

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpCheckExitPassed()),
            HelpSection.Entry(term: "1", description: Catalog.helpCheckExitBlocked()),
            HelpSection.Entry(term: "2", description: Catalog.helpScanExitFailed()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "scan",
        summary: Catalog.helpScanSummary(),
        discussion: [
            Catalog.helpScanPaths(), Catalog.helpScanIgnoredFiles(), Catalog.helpScanLargeAndBinaryFiles(),
            Catalog.helpScanHistory(), Catalog.helpScanConfiguration(),
        ],
        options: [
            history, all, repo, noIgnore, format, CheckCommand.output, CheckCommand.config, CheckCommand.color,
        ],
        positionals: [paths],
        sections: [exitStatus]
    ) { arguments throws(UsageError) in
        let options = ScanOptions(
            target: try target(arguments),
            includesIgnored: arguments[noIgnore],
            format: try arguments.value(of: format),
            outputs: try CheckCommand.outputFiles(arguments[CheckCommand.output], command: arguments.commandWords),
            config: arguments[CheckCommand.config],
            color: try arguments.value(of: CheckCommand.color)
        )
        return .scan(options)
    }

    /// Returns what to scan, rejecting the options that only one kind of scan takes.
    ///
    /// - Throws: ``UsageError`` for `--all` or `--repo` without `--history`, and for `--history`
    ///   together with a path or `--no-ignore`.
    private static func target(_ arguments: ParsedArguments) throws(UsageError) -> ScanOptions.Target {
        let given = arguments.values(of: paths)
        let command = arguments.commandWords
        guard arguments[history] else {
            if arguments[all] {
                throw UsageError.missingRequiredOption(
                    all.spec.spelling, required: history.spec.spelling, command: command)
            }
            if arguments[repo] != nil {
                throw UsageError.missingRequiredOption(
                    repo.spec.spelling, required: history.spec.spelling, command: command)
            }
            return .paths(given.isEmpty ? ["."] : given, namedByUser: !given.isEmpty)
        }
        if let path = given.first {
            throw UsageError.conflictingArguments(history.spec.spelling, path, command: command)
        }
        if arguments[noIgnore] {
            throw UsageError.conflictingArguments(history.spec.spelling, noIgnore.spec.spelling, command: command)
        }
        return .history(arguments[all] ? .allReferences : .head, repo: arguments[repo])
    }
}
