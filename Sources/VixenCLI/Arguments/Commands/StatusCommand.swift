import VixenCore
import VixenDeploy

/// `vixen-gate status`, which shows what is deployed where and what is pending.
enum StatusCommand {
    static let target = ChoiceOption<DeployTarget?>(
        "target",
        valueName: "TARGET",
        help: Catalog.helpStatusTargetOption(),
        defaultDescription: Catalog.helpStatusTargetDefault()
    )
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpStateRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )
    static let noFetch = FlagOption("no-fetch", help: Catalog.helpStatusNoFetchOption())
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: DeployOutputFormat.text,
        help: Catalog.helpStatusFormatOption()
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "status",
        summary: Catalog.helpStatusSummary(),
        discussion: [Catalog.helpStatusDiscussion()],
        options: [target, repo, noFetch, format]
    ) { arguments throws(UsageError) in
        let options = StatusOptions(
            target: try arguments.value(of: target),
            repo: arguments[repo],
            noFetch: arguments[noFetch],
            format: try arguments.value(of: format)
        )
        return .status(options)
    }
}
