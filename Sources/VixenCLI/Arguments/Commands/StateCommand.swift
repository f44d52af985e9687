import VixenCore
import VixenDeploy

/// `vixen-gate state init`, which records a deployment made without vixen-gate.
enum StateCommand {
    static let target = ChoiceOption<DeployTarget?>(
        "target",
        valueName: "TARGET",
        help: Catalog.helpStateInitTargetOption(),
        defaultDescription: nil,
        required: true
    )
    static let commit = ValueOption(
        "commit",
        valueName: "REV",
        help: Catalog.helpStateInitCommitOption(),
        defaultDescription: Catalog.helpStateInitCommitDefault()
    )
    static let sequence = ValueOption(
        "sequence",
        valueName: "N",
        help: Catalog.helpStateInitSequenceOption(),
        defaultDescription: LocalizedText(en: "0", es: "0")
    )
    static let repo = ValueOption(
        "repo",
        valueName: "PATH",
        help: Catalog.helpStateRepoOption(),
        defaultDescription: Catalog.helpCheckRepoDefault()
    )

    static let initialize = CommandSpec<ParsedCommand>(
        name: "init",
        summary: Catalog.helpStateInitSummary(),
        discussion: [Catalog.helpStateInitDiscussion()],
        options: [target, commit, sequence, repo]
    ) { arguments throws(UsageError) in
        let options = StateInitOptions(
            target: try arguments.value(of: target),
            repo: arguments[repo],
            commit: arguments[commit],
            sequence: arguments[sequence]
        )
        return .state(.initialize(options))
    }

    static let spec = CommandSpec<ParsedCommand>.group(
        name: "state",
        summary: Catalog.helpStateSummary(),
        subcommands: [initialize]
    )
}
