/// One `$NAME` or `${NAME...}` reference in compose-file or shell text.
public struct VariableReference: Sendable, Equatable {
    /// The reference's treatment of an unset variable.
    public enum Form: Sendable, Equatable {
        /// `$NAME` or `${NAME}`: an unset variable reads as empty.
        case plain
        /// `${NAME:-default}` or `${NAME-default}`: an unset variable reads as the default.
        case defaulted
        /// `${NAME:?message}` or `${NAME?message}`: an unset variable stops with the message.
        case required
        /// `${NAME:+alternative}` or `${NAME+alternative}`: only whether the variable is set matters.
        case alternative
    }

    public let name: String
    public let form: Form
    /// The 1-based line of the `$`.
    public let line: Int

    public init(name: String, form: Form, line: Int) {
        self.name = name
        self.form = form
        self.line = line
    }
}
