/// A typed handle on an option: commands declare their options through it and read the parsed
/// value back through ``ParsedArguments``.
protocol CommandOption: Sendable {
    var spec: OptionSpec { get }
}
