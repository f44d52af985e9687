import VixenCore

/// `vixen-gate help [<command>...]`.
enum HelpCommand {
    static let topic = PositionalSpec("command", arity: .repeating, help: Catalog.helpHelpTopicArgument())

    static let spec = CommandSpec<ParsedCommand>(
        name: "help",
        summary: Catalog.helpHelpSummary(),
        positionals: [topic]
    ) { arguments in
        .help(topic: arguments.values(of: topic))
    }
}
