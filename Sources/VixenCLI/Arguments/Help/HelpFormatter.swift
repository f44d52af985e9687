import VixenCore

/// Renders a command's help from its declaration, in one language, wrapped at 80 columns.
///
/// The help has, in order: the usage line, the summary, the discussion paragraphs, the arguments, the
/// subcommands of a group, the options, the command's own sections, and for a group a hint on
/// getting a subcommand's help. Blocks are separated by one blank line and the text has no final
/// newline.
struct HelpFormatter<Output: Sendable> {
    /// The maximum line width in columns, the default width of a terminal.
    static var width: Int { 80 }
    /// The maximum width of a term that shares its line with the description.
    ///
    /// A longer term gets a line of its own.
    static var maximumTermWidth: Int { 24 }

    /// The commands from the root down to the one to describe.
    let commands: [CommandSpec<Output>]
    let language: Language

    func render() -> String {
        guard let command = commands.last else {
            return ""
        }
        var blocks = [usage(of: command)]
        blocks.append(paragraph(command.summary))
        blocks += command.discussion.map(paragraph)

        if !command.positionals.isEmpty {
            let rows = command.positionals.map { ($0.placeholder, $0.help(language)) }
            blocks.append(section(Catalog.helpArgumentsHeading(), rows: rows))
        }
        if command.isGroup {
            let rows = command.subcommands.map { ($0.name, $0.summary(language)) }
            blocks.append(section(Catalog.helpCommandsHeading(), rows: rows))
        }

        var optionRows = CommandSpec.availableOptions(along: commands).map { option in
            (optionTerm(option), optionDescription(option))
        }
        optionRows.append(("-h, --help", Catalog.helpHelpOption()(language)))
        blocks.append(section(Catalog.helpOptionsHeading(), rows: optionRows))

        for extra in command.sections {
            let rows = extra.entries.map { ($0.term, $0.description(language)) }
            blocks.append(section(extra.heading, rows: rows))
        }
        if command.isGroup {
            blocks.append(paragraph(Catalog.helpSubcommandHint(commandWords.joined(separator: " "))))
        }
        return blocks.joined(separator: "\n\n")
    }

    private var commandWords: [String] {
        commands.map(\.name)
    }

    // MARK: Usage line

    /// Renders the usage line, aligning its continuation lines after the command words.
    private func usage(of command: CommandSpec<Output>) -> String {
        let label = Catalog.helpUsageLabel()(language) + " "
        var atoms = CommandSpec.availableOptions(along: commands).map { option in
            option.isRequired ? optionTerm(option) : "[\(optionTerm(option))]"
        }
        atoms += command.positionals.map(positionalAtom)
        if command.isGroup {
            atoms.append(command.requiresSubcommand ? "<command>" : "[<command>]")
        }

        var indent = label.count + commandWords.joined(separator: " ").count + 1
        if indent > Self.width / 2 {
            indent = label.count
        }
        let lines = TextWrapper.wrap(
            commandWords + atoms,
            width: Self.width,
            firstPrefix: label,
            continuationPrefix: String(repeating: " ", count: indent)
        )
        return lines.joined(separator: "\n")
    }

    private func positionalAtom(_ positional: PositionalSpec) -> String {
        switch positional.arity {
        case .required: positional.placeholder
        case .optional: "[\(positional.placeholder)]"
        case .repeating: "[\(positional.placeholder)...]"
        }
    }

    // MARK: Options

    private func optionTerm(_ option: OptionSpec) -> String {
        switch option.kind {
        case .flag: option.spelling
        case .value(let valueName, _): "\(option.spelling) \(valueName)"
        }
    }

    /// Returns the option's help followed by its accepted values and its default, when it has them.
    private func optionDescription(_ option: OptionSpec) -> String {
        var parts = [option.help]
        if case .value(_, let acceptedValues?) = option.kind {
            parts.append(Catalog.helpAcceptedValues(acceptedValues))
        }
        if let defaultDescription = option.defaultDescription {
            parts.append(Catalog.helpDefault(defaultDescription))
        }
        return LocalizedText.joined(parts)(language)
    }

    // MARK: Blocks

    private func paragraph(_ text: LocalizedText) -> String {
        TextWrapper.wrap(TextWrapper.words(in: text(language)), width: Self.width).joined(separator: "\n")
    }

    /// Renders a heading followed by two columns of terms and descriptions.
    ///
    /// Terms are indented by two spaces, and descriptions are aligned after the widest term that fits
    /// ``maximumTermWidth``.
    private func section(_ heading: LocalizedText, rows: [(term: String, description: String)]) -> String {
        let termWidth = min(rows.map(\.term.count).max() ?? 0, Self.maximumTermWidth)
        let column = 2 + termWidth + 2
        let hanging = String(repeating: " ", count: column)
        var lines = [heading(language)]

        for row in rows {
            let words = TextWrapper.words(in: row.description)
            let term = "  " + row.term
            if row.term.count <= termWidth {
                let padded = term + String(repeating: " ", count: column - term.count)
                lines += TextWrapper.wrap(words, width: Self.width, firstPrefix: padded, continuationPrefix: hanging)
            } else {
                lines.append(term)
                lines += TextWrapper.wrap(words, width: Self.width, firstPrefix: hanging, continuationPrefix: hanging)
            }
        }
        return lines.joined(separator: "\n")
    }
}
