import VixenCore
import VixenDeploy

/// `vixen-gate deploy`, which decides by the cost rules whether to deploy the pending changes.
enum DeployCommand {
    static let target = ChoiceOption<DeployTarget?>(
        "target",
        valueName: "TARGET",
        help: Catalog.helpDeployTargetOption(),
        defaultDescription: nil,
        required: true
    )
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpDeployRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )
    static let dryRun = FlagOption("dry-run", help: Catalog.helpDeployDryRunOption())
    static let now = FlagOption("now", help: Catalog.helpDeployNowOption())
    static let severity = ChoiceOption<DeploySeverity?>(
        "severity",
        valueName: "SEVERITY",
        help: Catalog.helpDeploySeverityOption(),
        defaultDescription: nil
    )
    static let format = ChoiceOption(
        "format",
        valueName: "FORMAT",
        default: DeployOutputFormat.text,
        help: Catalog.helpDeployFormatOption()
    )

    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpDeployExitDecided()),
            HelpSection.Entry(term: "1", description: Catalog.helpDeployExitFailed()),
            HelpSection.Entry(term: "2", description: Catalog.helpDeployExitError()),
        ]
    )

    static let spec = CommandSpec<ParsedCommand>(
        name: "deploy",
        summary: Catalog.helpDeploySummary(),
        discussion: [Catalog.helpDeployRules(), Catalog.helpDeployState()],
        options: [target, repo, dryRun, now, severity, format],
        sections: [exitStatus]
    ) { arguments throws(UsageError) in
        let options = DeployOptions(
            target: try arguments.value(of: target),
            repo: arguments[repo],
            dryRun: arguments[dryRun],
            now: arguments[now],
            severity: try arguments.value(of: severity),
            format: try arguments.value(of: format)
        )
        return .deploy(options)
    }
}
