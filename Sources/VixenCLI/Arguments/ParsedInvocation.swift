import VixenCore

/// The result of parsing a command line, which is the command or a usage error, together with the
/// language to print the result in.
public struct ParsedInvocation: Sendable, Equatable {
    /// The language from `--lang` when it was given with a valid value, else from the environment.
    ///
    /// It is set even when parsing failed, so the error prints in the requested language.
    public let language: Language
    public let command: Result<ParsedCommand, UsageError>

    public init(language: Language, command: Result<ParsedCommand, UsageError>) {
        self.language = language
        self.command = command
    }
}
