import VixenCLI
import VixenCore

/// An environment whose locale is English, so that only `--lang` can make the output Spanish.
let englishEnvironment = ["LANG": "en_US.UTF-8"]

/// Parses the arguments of `vixen-gate` with an English locale.
func parse(_ arguments: String...) -> ParsedInvocation {
    VixenGateCommandLine.parse(arguments, environment: englishEnvironment)
}

extension ParsedInvocation {
    /// The parsed command, or nil when parsing failed.
    var parsedCommand: ParsedCommand? {
        try? command.get()
    }

    /// The usage error, or nil when parsing succeeded.
    var usageError: UsageError? {
        guard case .failure(let error) = command else {
            return nil
        }
        return error
    }

    /// The options of `check`, or nil when the command line is not a valid `check`.
    var checkOptions: CheckOptions? {
        guard case .check(let options) = parsedCommand else {
            return nil
        }
        return options
    }
}
