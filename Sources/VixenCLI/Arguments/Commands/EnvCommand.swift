import VixenConfig
import VixenCore

/// `vixen-gate env [--repo PATH] [--rev REV] [--format FORMAT] [--coolify --target TARGET]`, which
/// lists every environment variable per component, and with `--coolify` compares them with Coolify.
enum EnvCommand {
    static let rev = ValueOption(
        "rev",
        valueName: "REV",
        help: Catalog.helpEnvRevOption(),
        defaultDescription: LocalizedText(en: "HEAD", es: "HEAD")
    )
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: EnvFormat.text,
        help: Catalog.helpEnvFormatOption()
    )
    static let coolify = FlagOption("coolify", help: Catalog.helpEnvCoolifyOption())
    static let target = ChoiceOption<Configuration.DeploymentEnvironment?>(
        "target",
        valueName: "TARGET",
        help: Catalog.helpEnvTargetOption(),
        defaultDescription: nil
    )

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpEnvExitListed()),
            HelpSection.Entry(term: "1", description: Catalog.helpEnvExitMissing()),
            HelpSection.Entry(term: "2", description: Catalog.helpEnvExitFailed()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "env",
        summary: Catalog.helpEnvSummary(),
        discussion: [Catalog.helpEnvDiscussion()],
        options: [CheckCommand.repo, rev, format, coolify, target],
        sections: [exitStatus]
    ) { arguments throws(UsageError) in
        .env(
            EnvOptions(
                repo: arguments[CheckCommand.repo],
                rev: arguments[rev],
                format: try arguments.value(of: format),
                coolify: arguments[coolify],
                target: try arguments.value(of: target)
            ))
    }
}
