import VixenCore

/// A command line that does not match the commands' declarations.
///
/// The message is complete and localized: the problem with the offending value, then a line that
/// names the help to read. A missing command is the exception, because its message is followed by
/// the whole help of the group instead.
public struct UsageError: Error, Sendable, Equatable {
    /// The kind of problem, with the offending value as the user typed it.
    ///
    /// Options keep their dashes (`--stagd`), and a missing argument is named by its placeholder
    /// (`<remote>`).
    public enum Kind: Sendable, Equatable {
        case unknownCommand(String, suggestion: String?)
        case unknownOption(String, suggestion: String?)
        case missingValue(option: String)
        case invalidValue(String, option: String)
        case repeatedOption(String)
        case unexpectedValue(String, option: String)
        case unexpectedArgument(String)
        case missingArgument(String)
        case missingCommand
        /// An `--output` entry, as given after the option, whose format is unknown.
        case invalidOutputFormat(String)
        /// An `--output` entry, as given after the option, without `=FILE` or with an empty file.
        case missingOutputFile(String)
        /// A file that two `--output` entries name.
        case duplicateOutputFile(String)
        /// An option given without another one it only works with, such as `--all` without `--history`.
        case missingRequiredOption(String, required: String)
        /// Two arguments that exclude each other, such as `--history` and a path, as the user typed them.
        case conflictingArguments(String, String)
    }

    public let kind: Kind
    /// The words after the program name of the command whose help applies, such as `["check"]`,
    /// or empty for the program itself.
    public let commandPath: [String]
    public let message: LocalizedText

    /// The process exit status for a usage error, the same as for any check that could not run.
    public var exitStatus: Int32 { 2 }

    private init(kind: Kind, command: [String], problem: LocalizedText) {
        self.kind = kind
        self.commandPath = Array(command.dropFirst())
        let helpCommand = (command + ["--help"]).joined(separator: " ")
        self.message = LocalizedText.joined([problem, Catalog.usageSeeHelp(helpCommand)], separator: "\n")
    }

    private init(kind: Kind, commandPath: [String], message: LocalizedText) {
        self.kind = kind
        self.commandPath = commandPath
        self.message = message
    }

    // MARK: Factories
    //
    // `command` is the program name followed by the command path, such as ["vixen-gate", "check"].

    static func unknownCommand(_ name: String, group: [String], candidates: [String]) -> UsageError {
        let suggestion = ClosestName.find(for: name, among: candidates)
        return UsageError(
            kind: .unknownCommand(name, suggestion: suggestion),
            command: group,
            problem: Catalog.usageUnknownCommand(name, suggestion: suggestion, commands: candidates)
        )
    }

    static func unknownOption(_ option: String, command: [String], candidates: [String]) -> UsageError {
        let suggestion = ClosestName.find(for: option, among: candidates)
        return UsageError(
            kind: .unknownOption(option, suggestion: suggestion),
            command: command,
            problem: Catalog.usageUnknownOption(option, suggestion: suggestion)
        )
    }

    static func missingValue(option: OptionSpec, valueName: String, command: [String]) -> UsageError {
        UsageError(
            kind: .missingValue(option: option.spelling),
            command: command,
            problem: Catalog.usageMissingValue(option: option.spelling, valueName: valueName)
        )
    }

    static func invalidValue(_ value: String, option: OptionSpec, command: [String]) -> UsageError {
        var accepted: [String] = []
        if case .value(_, let acceptedValues) = option.kind {
            accepted = acceptedValues ?? []
        }
        return UsageError(
            kind: .invalidValue(value, option: option.spelling),
            command: command,
            problem: Catalog.usageInvalidValue(value, option: option.spelling, accepted: accepted)
        )
    }

    static func repeatedOption(_ option: OptionSpec, command: [String]) -> UsageError {
        UsageError(
            kind: .repeatedOption(option.spelling),
            command: command,
            problem: Catalog.usageRepeatedOption(option.spelling)
        )
    }

    static func unexpectedValue(_ value: String, option: String, command: [String]) -> UsageError {
        UsageError(
            kind: .unexpectedValue(value, option: option),
            command: command,
            problem: Catalog.usageUnexpectedValue(value, option: option)
        )
    }

    static func unexpectedArgument(_ argument: String, command: [String]) -> UsageError {
        UsageError(
            kind: .unexpectedArgument(argument),
            command: command,
            problem: Catalog.usageUnexpectedArgument(argument)
        )
    }

    static func missingArgument(_ positional: PositionalSpec, command: [String]) -> UsageError {
        UsageError(
            kind: .missingArgument(positional.placeholder),
            command: command,
            problem: Catalog.usageMissingArgument(positional.placeholder)
        )
    }

    /// - Parameters:
    ///   - entry: The value of `--output`, such as `xml=report.xml`.
    ///   - format: The part of `entry` before the first `=`.
    static func invalidOutputFormat(_ format: String, entry: String, accepted: [String], command: [String])
        -> UsageError
    {
        UsageError(
            kind: .invalidOutputFormat(entry),
            command: command,
            problem: Catalog.usageInvalidOutputFormat(format, entry: entry, accepted: accepted)
        )
    }

    static func missingOutputFile(entry: String, command: [String]) -> UsageError {
        UsageError(
            kind: .missingOutputFile(entry),
            command: command,
            problem: Catalog.usageMissingOutputFile(entry: entry)
        )
    }

    /// - Parameters:
    ///   - path: The file as the later entry names it.
    ///   - first: The earlier `--output` value that names the same file.
    ///   - second: The later one.
    static func duplicateOutputFile(_ path: String, first: String, second: String, command: [String]) -> UsageError {
        UsageError(
            kind: .duplicateOutputFile(path),
            command: command,
            problem: Catalog.usageDuplicateOutputFile(path, first: first, second: second)
        )
    }

    static func missingRequiredOption(_ option: String, required: String, command: [String]) -> UsageError {
        UsageError(
            kind: .missingRequiredOption(option, required: required),
            command: command,
            problem: Catalog.usageMissingRequiredOption(option, required: required)
        )
    }

    static func conflictingArguments(_ first: String, _ second: String, command: [String]) -> UsageError {
        UsageError(
            kind: .conflictingArguments(first, second),
            command: command,
            problem: Catalog.usageConflictingArguments(first, second)
        )
    }

    /// - Parameter help: The group's help in both languages, printed after the problem.
    static func missingCommand(group: [String], help: LocalizedText) -> UsageError {
        UsageError(
            kind: .missingCommand,
            commandPath: Array(group.dropFirst()),
            message: LocalizedText.joined([Catalog.usageMissingCommand(), help], separator: "\n\n")
        )
    }
}
