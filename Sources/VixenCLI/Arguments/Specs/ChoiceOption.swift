import VixenCore

/// An option whose value is one case of a Swift enum, such as `--format text|json`.
///
/// The accepted spellings are the enum's raw values in `allCases` order, so adding a case to the
/// enum adds it to the parser, the error messages and the help text at once.
struct ChoiceOption<Value: Sendable>: CommandOption {
    let spec: OptionSpec
    /// The value read back when the option was not given.
    let defaultValue: Value
    let convert: @Sendable (String) -> Value?
}

extension ChoiceOption where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// Declares an option that falls back to `defaultValue`, which the help text shows.
    init(
        _ name: String,
        valueName: String,
        default defaultValue: Value,
        help: LocalizedText,
        inherited: Bool = false
    ) {
        let literal = defaultValue.rawValue
        spec = OptionSpec(
            name: name,
            kind: .value(valueName: valueName, acceptedValues: Value.allCases.map(\.rawValue)),
            help: help,
            defaultDescription: LocalizedText(en: literal, es: literal),
            isInherited: inherited
        )
        self.defaultValue = defaultValue
        convert = { Value(rawValue: $0) }
    }
}

extension ChoiceOption {
    /// Declares an option read back as nil when it was not given, for a default that depends on
    /// more than the arguments, such as the language taken from the environment, or for a required
    /// option that the command's run rejects when it is missing.
    init<Choice>(
        _ name: String,
        valueName: String,
        help: LocalizedText,
        defaultDescription: LocalizedText?,
        inherited: Bool = false,
        required: Bool = false
    ) where Value == Choice?, Choice: CaseIterable & RawRepresentable & Sendable, Choice.RawValue == String {
        var spec = OptionSpec(
            name: name,
            kind: .value(valueName: valueName, acceptedValues: Choice.allCases.map(\.rawValue)),
            help: help,
            defaultDescription: defaultDescription,
            isInherited: inherited
        )
        spec.isRequired = required
        self.spec = spec
        defaultValue = nil
        convert = { Choice(rawValue: $0).map { .some($0) } }
    }
}
