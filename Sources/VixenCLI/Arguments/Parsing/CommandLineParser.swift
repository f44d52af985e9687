import VixenCore

/// A parser of argument arrays, given without the program name, against a tree of ``CommandSpec`` declarations.
///
/// The grammar:
/// - `--name value` and `--name=value` give an option's value. In the first form the value must not
///   start with `-` (except `-` alone), so a forgotten value is reported as missing instead of
///   swallowing the next option. The `=` form accepts any value.
/// - `--name` alone sets a flag. Options are matched by their full name only, never by an
///   abbreviation, so adding an option never changes what an existing command line means.
/// - `--` ends the options, and every later argument is positional.
/// - `-h` and `--help` request the help of the command reached. They win over a problem with any
///   option or argument before `--`, but not over an unknown command.
/// - The first positional argument given to a group selects its subcommand. A group's own options
///   that are not inherited cannot be combined with a subcommand.
struct CommandLineParser<Output: Sendable>: Sendable {
    let root: CommandSpec<Output>

    /// Parses `arguments` into the output of the command they select, or into a help request.
    ///
    /// - Throws: ``UsageError`` for the first argument that does not fit the declarations.
    func parse(_ arguments: [String]) throws(UsageError) -> ParseOutcome<Output> {
        var state = State(root: root)
        var index = arguments.startIndex

        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1
            do throws(UsageError) {
                try consume(token, arguments: arguments, index: &index, state: &state)
            } catch {
                if case .unknownCommand = error.kind {
                    throw error
                }
                let helpFollows = !state.optionsEnded && Self.containsHelpFlag(arguments[index...])
                if state.helpRequested || helpFollows {
                    return .help(path: state.arguments.commandPath)
                }
                throw error
            }
        }

        if state.helpRequested {
            return .help(path: state.arguments.commandPath)
        }
        return .output(try finish(state))
    }

    /// Returns the commands from the root down to the one that `path` names, such as `["check"]`.
    ///
    /// - Throws: ``UsageError`` when a word names no subcommand.
    func resolve(_ path: [String]) throws(UsageError) -> [CommandSpec<Output>] {
        var commands = [root]
        var words = [root.name]
        var current = root

        for word in path {
            guard current.isGroup else {
                throw UsageError.unexpectedArgument(word, command: words)
            }
            guard let subcommand = current.subcommand(named: word) else {
                throw UsageError.unknownCommand(word, group: words, candidates: current.subcommands.map(\.name))
            }
            commands.append(subcommand)
            words.append(word)
            current = subcommand
        }
        return commands
    }

    /// Renders the help of the command that `path` names.
    func helpText(for path: [String], language: Language) throws(UsageError) -> String {
        HelpFormatter(commands: try resolve(path), language: language).render()
    }

    // MARK: Arguments

    private func consume(
        _ token: String,
        arguments: [String],
        index: inout Int,
        state: inout State
    ) throws(UsageError) {
        if !state.optionsEnded {
            if token == "--" {
                state.optionsEnded = true
                return
            }
            if Self.isOption(token) {
                try consumeOption(token, arguments: arguments, index: &index, state: &state)
                return
            }
        }
        try consumePositional(token, state: &state)
    }

    private func consumeOption(
        _ token: String,
        arguments: [String],
        index: inout Int,
        state: inout State
    ) throws(UsageError) {
        let command = state.arguments.commandWords
        let (name, attachedValue) = Self.split(token)

        if name == "--help" || name == "-h" {
            if let attachedValue {
                throw UsageError.unexpectedValue(attachedValue, option: name, command: command)
            }
            state.helpRequested = true
            return
        }

        let available = state.availableOptions
        guard let option = available.first(where: { $0.spelling == name }) else {
            // "--=value" has an empty name, which reads better as the whole token.
            let reported = name == "--" ? token : name
            let candidates = available.map(\.spelling) + ["--help"]
            throw UsageError.unknownOption(reported, command: command, candidates: candidates)
        }
        guard option.isRepeatable || !state.arguments.contains(option) else {
            throw UsageError.repeatedOption(option, command: command)
        }

        switch option.kind {
        case .flag:
            if let attachedValue {
                throw UsageError.unexpectedValue(attachedValue, option: option.spelling, command: command)
            }
            state.arguments.recordFlag(option)

        case .value(let valueName, let acceptedValues):
            var value = attachedValue
            if value == nil, index < arguments.endIndex, Self.canBeSeparateValue(arguments[index]) {
                value = arguments[index]
                index += 1
            }
            guard let value, !value.isEmpty else {
                throw UsageError.missingValue(option: option, valueName: valueName, command: command)
            }
            if let acceptedValues, !acceptedValues.contains(value) {
                throw UsageError.invalidValue(value, option: option, command: command)
            }
            state.arguments.recordValue(value, for: option)
        }

        if state.current.isGroup, !option.isInherited {
            state.groupOptionGiven = true
        }
    }

    private func consumePositional(_ token: String, state: inout State) throws(UsageError) {
        let command = state.current
        guard command.isGroup else {
            state.positionals.append(token)
            return
        }
        guard let subcommand = command.subcommand(named: token) else {
            throw UsageError.unknownCommand(
                token,
                group: state.arguments.commandWords,
                candidates: command.subcommands.map(\.name)
            )
        }
        guard !state.groupOptionGiven else {
            throw UsageError.unexpectedArgument(token, command: state.arguments.commandWords)
        }
        state.enter(subcommand)
    }

    /// Assigns the positional arguments from left to right: each required one takes a value, each
    /// optional one takes a value if any is left, and a repeating one takes the rest.
    private func assignPositionals(
        _ values: [String],
        of command: CommandSpec<Output>,
        to arguments: inout ParsedArguments
    ) throws(UsageError) {
        var remaining = values[...]

        for positional in command.positionals {
            switch positional.arity {
            case .required:
                guard let value = remaining.popFirst() else {
                    throw UsageError.missingArgument(positional, command: arguments.commandWords)
                }
                arguments.recordPositional([value], for: positional)
            case .optional:
                if let value = remaining.popFirst() {
                    arguments.recordPositional([value], for: positional)
                }
            case .repeating:
                arguments.recordPositional(Array(remaining), for: positional)
                remaining = []
            }
        }

        if let extra = remaining.first {
            throw UsageError.unexpectedArgument(extra, command: arguments.commandWords)
        }
    }

    private func finish(_ state: State) throws(UsageError) -> Output {
        var arguments = state.arguments
        let command = state.current
        if !command.isGroup {
            try assignPositionals(state.positionals, of: command, to: &arguments)
        }

        guard let output = try command.makeOutput(arguments) else {
            let help = LocalizedText(
                en: HelpFormatter(commands: state.commands, language: .english).render(),
                es: HelpFormatter(commands: state.commands, language: .spanish).render()
            )
            throw UsageError.missingCommand(group: arguments.commandWords, help: help)
        }
        return output
    }

    // MARK: Tokens

    /// True for `-x` and `--name` forms.
    ///
    /// `-` alone is a positional, by the convention that it names standard input.
    private static func isOption(_ token: String) -> Bool {
        token.hasPrefix("-") && token != "-"
    }

    private static func canBeSeparateValue(_ token: String) -> Bool {
        !isOption(token)
    }

    /// Splits `--name=value` at the first `=`.
    ///
    /// The value is nil when there is no `=`, and empty for `--name=`.
    private static func split(_ token: String) -> (name: String, value: String?) {
        guard let equals = token.firstIndex(of: "=") else {
            return (token, nil)
        }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    private static func containsHelpFlag(_ arguments: ArraySlice<String>) -> Bool {
        for token in arguments {
            if token == "--" {
                return false
            }
            if token == "--help" || token == "-h" {
                return true
            }
        }
        return false
    }

    // MARK: State

    private struct State {
        /// The commands from the root down to the one reached so far.
        private(set) var commands: [CommandSpec<Output>]
        private(set) var current: CommandSpec<Output>
        var arguments: ParsedArguments
        var positionals: [String] = []
        var optionsEnded = false
        var helpRequested = false
        /// True when the current group was given one of its own options that is not inherited.
        var groupOptionGiven = false

        init(root: CommandSpec<Output>) {
            commands = [root]
            current = root
            arguments = ParsedArguments(programName: root.name)
        }

        var availableOptions: [OptionSpec] {
            CommandSpec.availableOptions(along: commands)
        }

        mutating func enter(_ subcommand: CommandSpec<Output>) {
            commands.append(subcommand)
            current = subcommand
            arguments.enterSubcommand(subcommand.name)
            groupOptionGiven = false
        }
    }
}
