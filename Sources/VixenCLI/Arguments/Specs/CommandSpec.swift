import VixenCore

/// The declaration of a command: its name, help text, options and arguments, and how its parsed
/// arguments become the parser's `Output`.
///
/// A command is either a leaf, which runs on its own and may take positional arguments, or a group,
/// which dispatches to subcommands. The first positional argument given to a group names the
/// subcommand, so a group declares no positional arguments of its own.
struct CommandSpec<Output: Sendable>: Sendable {
    typealias MakeOutput = @Sendable (ParsedArguments) throws(UsageError) -> Output?

    let name: String
    let summary: LocalizedText
    /// Paragraphs that follow the summary in the command's help.
    let discussion: [LocalizedText]
    let options: [OptionSpec]
    let positionals: [PositionalSpec]
    let subcommands: [CommandSpec<Output>]
    /// Sections printed after the options in the command's help.
    let sections: [HelpSection]
    /// The builder of the output from the parsed arguments.
    ///
    /// A group's closure runs only when no subcommand is given, and returning nil reports a missing
    /// command.
    let makeOutput: MakeOutput
    /// Whether a group needs a subcommand, or also runs on its own, as `vixen-gate rules` lists the rules.
    let requiresSubcommand: Bool

    /// Declares a leaf command.
    ///
    /// Positionals must be required ones, then optional ones, then at most one repeating one, so that
    /// the arguments given can be assigned from left to right without ambiguity.
    init(
        name: String,
        summary: LocalizedText,
        discussion: [LocalizedText] = [],
        options: [any CommandOption] = [],
        positionals: [PositionalSpec] = [],
        sections: [HelpSection] = [],
        makeOutput: @escaping @Sendable (ParsedArguments) throws(UsageError) -> Output
    ) {
        precondition(
            Self.positionalsAreOrdered(positionals),
            "positionals of '\(name)' must be required, then optional, then at most one repeating"
        )
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.options = options.map(\.spec)
        self.positionals = positionals
        self.subcommands = []
        self.sections = sections
        self.makeOutput = { arguments throws(UsageError) in try makeOutput(arguments) }
        self.requiresSubcommand = false
    }

    private init(
        name: String,
        summary: LocalizedText,
        discussion: [LocalizedText],
        options: [OptionSpec],
        subcommands: [CommandSpec<Output>],
        sections: [HelpSection],
        requiresSubcommand: Bool,
        makeOutput: @escaping MakeOutput
    ) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.options = options
        self.positionals = []
        self.subcommands = subcommands
        self.sections = sections
        self.requiresSubcommand = requiresSubcommand
        self.makeOutput = makeOutput
    }

    /// Declares a group of subcommands.
    ///
    /// - Parameters:
    ///   - withoutSubcommand: Builds the output when the arguments name no subcommand, such as the
    ///     root's `--version`. It returns nil, as the default does, to report a missing command.
    ///   - requiresSubcommand: False when the group runs on its own without a subcommand, so the usage
    ///     line shows the subcommand as optional.
    static func group(
        name: String,
        summary: LocalizedText,
        discussion: [LocalizedText] = [],
        options: [any CommandOption] = [],
        subcommands: [CommandSpec<Output>],
        sections: [HelpSection] = [],
        requiresSubcommand: Bool = true,
        withoutSubcommand: @escaping MakeOutput = { _ in nil }
    ) -> CommandSpec<Output> {
        precondition(!subcommands.isEmpty, "group '\(name)' declares no subcommands")
        return CommandSpec(
            name: name,
            summary: summary,
            discussion: discussion,
            options: options.map(\.spec),
            subcommands: subcommands,
            sections: sections,
            requiresSubcommand: requiresSubcommand,
            makeOutput: withoutSubcommand
        )
    }

    var isGroup: Bool { !subcommands.isEmpty }

    func subcommand(named name: String) -> CommandSpec<Output>? {
        subcommands.first { $0.name == name }
    }

    /// Returns the options that the last command of `path` accepts: its own, then the inherited
    /// ones of its ancestors, nearest first.
    ///
    /// - Parameter path: The commands from the root down to the command in question.
    static func availableOptions(along path: [CommandSpec<Output>]) -> [OptionSpec] {
        guard let command = path.last else {
            return []
        }
        let inherited = path.dropLast().reversed().flatMap { ancestor in
            ancestor.options.filter(\.isInherited)
        }
        return command.options + inherited
    }

    private static func positionalsAreOrdered(_ positionals: [PositionalSpec]) -> Bool {
        let ranks = positionals.map { positional in
            switch positional.arity {
            case .required: 0
            case .optional: 1
            case .repeating: 2
            }
        }
        let repeatingCount = ranks.filter { $0 == 2 }.count
        return ranks == ranks.sorted() && repeatingCount <= 1
    }
}
