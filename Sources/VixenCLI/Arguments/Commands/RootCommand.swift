import VixenCore

/// The program itself: `vixen-gate [--version] [--lang LANG] <command>`.
enum RootCommand {
    static let version = FlagOption("version", help: Catalog.helpVersionOption())

    /// The language option, which every command accepts.
    ///
    /// ``LanguagePrescan`` reads its value before parsing, so the declaration here serves validation
    /// and help only.
    static let language = ChoiceOption<Language?>(
        "lang",
        valueName: "LANG",
        help: Catalog.helpLanguageOption(),
        defaultDescription: Catalog.helpLanguageDefault(),
        inherited: true
    )

    static let spec = CommandSpec<ParsedCommand>.group(
        name: "vixen-gate",
        summary: Catalog.helpRootSummary(),
        options: [version, language],
        subcommands: [
            CheckCommand.spec, ScanCommand.spec, BaselineCommand.spec, PlanCommand.spec, DeployCommand.spec,
            StatusCommand.spec, StateCommand.spec, HookCommand.spec, RulesCommand.spec, MigrationsCommand.spec,
            EnvCommand.spec, HelpCommand.spec, VersionCommand.spec,
        ],
        withoutSubcommand: { arguments in
            arguments[version] ? .version : nil
        }
    )
}
