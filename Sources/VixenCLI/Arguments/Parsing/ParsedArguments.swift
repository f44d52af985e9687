/// The options and positional arguments of one command line, stored by name and read back with
/// their Swift types through the handles the command declared.
///
/// The parser has already checked every value against its option, so the readers need no
/// validation beyond converting a ``ChoiceOption`` value to its enum.
struct ParsedArguments: Sendable, Equatable {
    /// The program name as the root command declares it, such as `vixen-gate`.
    let programName: String
    /// The words after the program name that selected the command, such as `["check"]`.
    private(set) var commandPath: [String] = []
    private var flags: Set<String> = []
    /// The values of each value option in the order given; only a repeatable option has more than one.
    private var values: [String: [String]] = [:]
    private var positionalValues: [String: [String]] = [:]

    init(programName: String) {
        self.programName = programName
    }

    /// The program name followed by the command path, as a user types them.
    var commandWords: [String] { [programName] + commandPath }

    // MARK: Reading

    subscript(flag: FlagOption) -> Bool {
        flags.contains(flag.spec.name)
    }

    subscript(option: ValueOption) -> String? {
        values[option.spec.name]?.last
    }

    /// Returns every value given for `option`, in the order given, or an empty array.
    subscript(option: RepeatableOption) -> [String] {
        values[option.spec.name] ?? []
    }

    /// Returns the value given for `option`, or its default when it was not given.
    ///
    /// - Throws: ``UsageError`` when the given value converts to no case. The parser checks values
    ///   against the same list first, so this happens only if the list and the enum disagree.
    func value<Value>(of option: ChoiceOption<Value>) throws(UsageError) -> Value {
        guard let raw = values[option.spec.name]?.last else {
            return option.defaultValue
        }
        guard let value = option.convert(raw) else {
            throw UsageError.invalidValue(raw, option: option.spec, command: commandWords)
        }
        return value
    }

    /// Returns the value of a required or optional positional, or nil when an optional one was not given.
    func value(of positional: PositionalSpec) -> String? {
        positionalValues[positional.name]?.first
    }

    /// Returns every value of a repeating positional, in the order given.
    func values(of positional: PositionalSpec) -> [String] {
        positionalValues[positional.name] ?? []
    }

    // MARK: Recording

    func contains(_ option: OptionSpec) -> Bool {
        flags.contains(option.name) || values[option.name] != nil
    }

    mutating func recordFlag(_ option: OptionSpec) {
        flags.insert(option.name)
    }

    mutating func recordValue(_ value: String, for option: OptionSpec) {
        values[option.name, default: []].append(value)
    }

    mutating func recordPositional(_ values: [String], for positional: PositionalSpec) {
        positionalValues[positional.name] = values
    }

    mutating func enterSubcommand(_ name: String) {
        commandPath.append(name)
    }
}
