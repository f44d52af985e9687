import VixenCore

/// The declaration of a positional argument, such as the `<remote>` of `hook pre-push <remote> <url>`.
struct PositionalSpec: Sendable, Equatable {
    enum Arity: Sendable, Equatable {
        case required
        case optional
        /// Zero or more values. Only the last positional of a command may repeat.
        case repeating
    }

    /// The name shown in help and errors as `<name>`, and the key the value is read back by.
    let name: String
    let help: LocalizedText
    let arity: Arity

    init(_ name: String, arity: Arity = .required, help: LocalizedText) {
        self.name = name
        self.help = help
        self.arity = arity
    }

    /// The argument as help and errors show it, such as `<remote>`.
    var placeholder: String { "<\(name)>" }
}
