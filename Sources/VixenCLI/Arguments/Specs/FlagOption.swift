import VixenCore

/// An option without a value, such as `--staged`, read back as a `Bool`.
struct FlagOption: CommandOption {
    let spec: OptionSpec

    init(_ name: String, help: LocalizedText, inherited: Bool = false) {
        spec = OptionSpec(name: name, kind: .flag, help: help, defaultDescription: nil, isInherited: inherited)
    }
}
