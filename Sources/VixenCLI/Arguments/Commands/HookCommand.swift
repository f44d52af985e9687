import VixenCore

/// `vixen-gate hook <command>`: the git hooks, and the install of the pre-push hook.
enum HookCommand {
    static let remote = PositionalSpec("remote", help: Catalog.helpHookRemoteArgument())
    static let url = PositionalSpec("url", help: Catalog.helpHookURLArgument())
    static let hooksPath = FlagOption("hooks-path", help: Catalog.helpHookHooksPathOption())

    /// The exit statuses of the commands that check a push.
    static let exitStatus = HelpSection(
        heading: Catalog.helpCheckExitStatusHeading(),
        entries: [
            HelpSection.Entry(term: "0", description: Catalog.helpCheckExitPassed()),
            HelpSection.Entry(term: "1", description: Catalog.helpHookExitBlocked()),
            HelpSection.Entry(term: "2", description: Catalog.helpCheckExitFailed()),
        ]
    )

    static let prePush = CommandSpec<ParsedCommand>(
        name: "pre-push",
        summary: Catalog.helpHookPrePushSummary(),
        discussion: [Catalog.helpHookPrePushDiscussion()],
        positionals: [remote, url],
        sections: [exitStatus]
    ) { arguments in
        // Both positionals are required, so the parser has already rejected a missing one.
        .hook(.prePush(remote: arguments.value(of: remote) ?? "", url: arguments.value(of: url) ?? ""))
    }

    static let preReceive = CommandSpec<ParsedCommand>(
        name: "pre-receive",
        summary: Catalog.helpHookPreReceiveSummary(),
        discussion: [Catalog.helpHookPreReceiveDiscussion()],
        sections: [exitStatus]
    ) { _ in
        .hook(.preReceive)
    }

    static let preCommit = CommandSpec<ParsedCommand>(
        name: "pre-commit",
        summary: Catalog.helpHookPreCommitSummary(),
        discussion: [Catalog.helpHookPreCommitDiscussion()],
        sections: [exitStatus]
    ) { _ in
        .hook(.preCommit)
    }

    static let install = CommandSpec<ParsedCommand>(
        name: "install",
        summary: Catalog.helpHookInstallSummary(),
        discussion: [Catalog.helpHookInstallDiscussion()],
        options: [hooksPath]
    ) { arguments in
        .hook(.install(hooksPath: arguments[hooksPath]))
    }

    static let uninstall = CommandSpec<ParsedCommand>(
        name: "uninstall",
        summary: Catalog.helpHookUninstallSummary(),
        discussion: [Catalog.helpHookUninstallDiscussion()]
    ) { _ in
        .hook(.uninstall)
    }

    static let spec = CommandSpec<ParsedCommand>.group(
        name: "hook",
        summary: Catalog.helpHookSummary(),
        subcommands: [prePush, preReceive, preCommit, install, uninstall]
    )
}
