import VixenCore

/// `vixen-gate rules [--format FORMAT] [--config FILE]` and `vixen-gate rules check [FILE...]`.
enum RulesCommand {
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: RulesListFormat.text,
        help: Catalog.helpRulesFormatOption()
    )
    static let config = ValueOption("config", valueName: "FILE", help: Catalog.helpRulesConfigOption())
    static let warningsAsErrors = FlagOption("warnings-as-errors", help: Catalog.helpRulesWarningsAsErrorsOption())
    static let files = PositionalSpec("file", arity: .repeating, help: Catalog.helpRulesCheckFileArgument())

    static let checkExitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpRulesCheckExitPassed()),
            HelpSection.Entry(term: "1", description: Catalog.helpRulesCheckExitProblems()),
            HelpSection.Entry(term: "2", description: Catalog.helpRulesCheckExitFailed()),
        ]
    )

    static let check = CommandSpec<ParsedCommand>(
        name: "check",
        summary: Catalog.helpRulesCheckSummary(),
        discussion: [Catalog.helpRulesCheckDiscussion()],
        options: [warningsAsErrors, config],
        positionals: [files],
        sections: [checkExitStatus]
    ) { arguments in
        let options = RulesCheckOptions(
            files: arguments.values(of: files),
            warningsAsErrors: arguments[warningsAsErrors],
            config: arguments[config]
        )
        return .rules(.check(options))
    }

    static let spec = CommandSpec<ParsedCommand>.group(
        name: "rules",
        summary: Catalog.helpRulesSummary(),
        options: [format, config],
        subcommands: [check],
        requiresSubcommand: false,
        withoutSubcommand: { arguments throws(UsageError) in
            .rules(.list(RulesListOptions(format: try arguments.value(of: format), config: arguments[config])))
        }
    )
}
