/// The result of a successful parse: a command's output, or a request for a command's help.
enum ParseOutcome<Output: Sendable>: Sendable {
    case output(Output)
    /// A request for help, made with `--help` or `-h`. `path` contains the words after the program
    /// name of the command whose help to show, such as `["check"]`.
    case help(path: [String])
}

extension ParseOutcome: Equatable where Output: Equatable {}
