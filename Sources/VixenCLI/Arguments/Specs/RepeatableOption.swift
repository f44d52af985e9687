import VixenCore

/// An option with a free-form value that may be given several times, such as `--output FORMAT=FILE`,
/// read back as its values in the order given.
///
/// The parser rejects an empty value, as it does for ``ValueOption``, so no value read back is empty.
struct RepeatableOption: CommandOption {
    let spec: OptionSpec

    init(_ name: String, valueName: String, help: LocalizedText) {
        spec = OptionSpec(
            name: name,
            kind: .value(valueName: valueName, acceptedValues: nil),
            help: help,
            defaultDescription: nil,
            isInherited: false,
            isRepeatable: true
        )
    }
}
