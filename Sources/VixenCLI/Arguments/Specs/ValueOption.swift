import VixenCore

/// An option with a free-form value, such as `--repo PATH`, read back as a `String?` that is nil
/// when the option was not given.
///
/// The parser rejects an empty value, so a value read back is never empty.
struct ValueOption: CommandOption {
    let spec: OptionSpec

    init(
        _ name: String,
        valueName: String,
        help: LocalizedText,
        defaultDescription: LocalizedText? = nil,
        inherited: Bool = false
    ) {
        spec = OptionSpec(
            name: name,
            kind: .value(valueName: valueName, acceptedValues: nil),
            help: help,
            defaultDescription: defaultDescription,
            isInherited: inherited
        )
    }
}
