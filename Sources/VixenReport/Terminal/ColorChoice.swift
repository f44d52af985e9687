/// The user's request for colored output, as given to `--color`.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// Color only on a terminal, unless the environment disables or forces it.
    case auto
    /// Color even when the output is a file or a pipe.
    case always
    /// Never color, even on a terminal.
    case never
}
