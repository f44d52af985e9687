import VixenCore
import VixenReport

/// The `vixen-gate check` command, which checks a range of commits and optionally the index and the work tree.
enum CheckCommand {
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpCheckRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )
    static let base = ValueOption(
        "base",
        valueName: "REV",
        help: Catalog.helpCheckBaseOption(),
        defaultDescription: Catalog.helpCheckBaseDefault()
    )
    static let head = ValueOption(
        "head",
        valueName: "REV",
        help: Catalog.helpCheckHeadOption(),
        defaultDescription: Catalog.helpCheckHeadDefault()
    )
    static let staged = FlagOption("staged", help: Catalog.helpCheckStagedOption())
    static let worktree = FlagOption("worktree", help: Catalog.helpCheckWorktreeOption())
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: OutputFormat.text,
        help: Catalog.helpCheckFormatOption()
    )
    static let config = ValueOption("config", valueName: "FILE", help: Catalog.helpCheckConfigOption())
    static let color = ChoiceOption(
        "color",
        valueName: "WHEN",
        default: ColorChoice.auto,
        help: Catalog.helpCheckColorOption()
    )

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpCheckExitPassed()),
            HelpSection.Entry(term: "1", description: Catalog.helpCheckExitBlocked()),
            HelpSection.Entry(term: "2", description: Catalog.helpCheckExitFailed()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "check",
        summary: Catalog.helpCheckSummary(),
        discussion: [Catalog.helpCheckRange(), Catalog.helpCheckIndexAndWorktree()],
        options: [repo, base, head, staged, worktree, format, config, color],
        sections: [exitStatus]
    ) { arguments throws(UsageError) in
        let options = CheckOptions(
            repo: arguments[repo],
            base: arguments[base],
            head: arguments[head],
            staged: arguments[staged] || arguments[worktree],
            worktree: arguments[worktree],
            format: try arguments.value(of: format),
            config: arguments[config],
            color: try arguments.value(of: color)
        )
        return .check(options)
    }
}
