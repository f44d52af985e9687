import VixenCore

/// The declaration of one `--name` option, as the parser and the help text read it.
///
/// Commands declare options through ``FlagOption``, ``ValueOption`` and ``ChoiceOption``, which
/// wrap a spec and read the parsed value back with its Swift type.
struct OptionSpec: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An option that is either present or absent, such as `--staged`.
        case flag
        /// An option followed by a value, as `--name value` or `--name=value`.
        ///
        /// `valueName` is the placeholder shown in help, such as `PATH`. `acceptedValues` is the
        /// closed list of spellings the value must match, or nil when any non-empty value is valid.
        case value(valueName: String, acceptedValues: [String]?)
    }

    /// The name without the leading dashes, such as `staged`.
    let name: String
    let kind: Kind
    let help: LocalizedText
    /// The default shown in help, or nil to show none.
    let defaultDescription: LocalizedText?
    /// True when the subcommands of the declaring command accept the option too, as they do `--lang`.
    let isInherited: Bool
    /// True when the option may be given more than once, each time with its own value, as `--output` is.
    var isRepeatable = false
    /// True when the command cannot run without the option.
    ///
    /// The usage line shows it without brackets. The command's run checks that it was given, with a
    /// message that lists the accepted values.
    var isRequired = false

    /// The option as typed on the command line, such as `--staged`.
    var spelling: String { "--\(name)" }
}
