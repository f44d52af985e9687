import VixenCore

/// `vixen-gate baseline [--repo PATH] [--base REV] [--head REV] [--output FILE]`, which records
/// the current secret findings in the baseline file.
enum BaselineCommand {
    static let base = ValueOption(
        "base",
        valueName: "REV",
        help: Catalog.helpBaselineBaseOption(),
        defaultDescription: Catalog.helpBaselineBaseDefault()
    )
    static let output = ValueOption(
        "output",
        valueName: "FILE",
        help: Catalog.helpBaselineOutputOption(),
        defaultDescription: Catalog.helpBaselineOutputDefault()
    )

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpBaselineExitWritten()),
            HelpSection.Entry(term: "2", description: Catalog.helpBaselineExitFailed()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "baseline",
        summary: Catalog.helpBaselineSummary(),
        discussion: [Catalog.helpBaselineDiscussion()],
        options: [CheckCommand.repo, base, CheckCommand.head, output],
        sections: [exitStatus]
    ) { arguments in
        .baseline(
            BaselineOptions(
                repo: arguments[CheckCommand.repo],
                base: arguments[base],
                head: arguments[CheckCommand.head],
                output: arguments[output]
            ))
    }
}
