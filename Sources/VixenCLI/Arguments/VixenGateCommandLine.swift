import VixenCore

/// The `vixen-gate` command line, which parses arguments into typed commands and renders each command's help.
public enum VixenGateCommandLine {
    static let parser = CommandLineParser(root: RootCommand.spec)

    /// Parses the arguments that follow the program name.
    ///
    /// The language is found first, by a pre-scan for `--lang` that tolerates every other error,
    /// and falls back to the locale variables in `environment`. The process environment is never read.
    public static func parse(_ arguments: [String], environment: [String: String]) -> ParsedInvocation {
        let explicit = LanguagePrescan.explicitLanguage(in: arguments, option: RootCommand.language)
        let language = Language.resolve(explicit: explicit, environment: environment)
        let command = Result { () throws(UsageError) -> ParsedCommand in
            try parseCommand(arguments)
        }
        return ParsedInvocation(language: language, command: command)
    }

    /// Renders the help of the command that `topic` names, such as `["check"]`.
    ///
    /// An empty topic gives the general help. The text is wrapped at 80 columns and has no final
    /// newline.
    ///
    /// - Throws: ``UsageError`` when the topic names no command.
    public static func helpText(for topic: [String], language: Language) throws(UsageError) -> String {
        try parser.helpText(for: topic, language: language)
    }

    private static func parseCommand(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
        switch try parser.parse(arguments) {
        case .help(let path):
            return .help(topic: path)
        case .output(let command):
            if case .help(let topic) = command {
                // A topic that names no command is a usage error now rather than when printing help.
                _ = try parser.resolve(topic)
            }
            return command
        }
    }
}
