/// The decision whether output gets ANSI color escapes.
public enum TerminalColor {
    /// Decides whether to color output from the user's choice, whether the output is a terminal and
    /// the environment.
    ///
    /// `always` and `never` win over the environment, because a flag given for one run is the most
    /// specific request. With `auto`, the checks run in this order:
    /// 1. `NO_COLOR` set to any non-empty value disables color.
    /// 2. `CLICOLOR_FORCE` set to a non-empty value other than `0` enables color, even in a pipe.
    /// 3. Otherwise color is used only on a terminal whose `TERM` is not `dumb`.
    ///
    /// - Parameters:
    ///   - choice: The value of `--color`.
    ///   - isTerminal: Whether the output stream is a terminal, as `isatty` reports it.
    ///   - environment: The process environment, passed in so that tests need not change it.
    /// - Returns: True when the output should contain ANSI color escapes.
    public static func shouldColor(choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always:
            return true
        case .never:
            return false
        case .auto:
            break
        }

        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return false
        }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" {
            return true
        }
        return isTerminal && environment["TERM"] != "dumb"
    }
}
