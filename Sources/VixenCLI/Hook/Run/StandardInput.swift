import Foundation

/// The standard input a hook reads git's ref lines from.
///
/// Injected so that tests can feed lines without a process.
struct StandardInput: Sendable {
    /// True when standard input is a terminal, as when a person runs the hook command by hand.
    let isTerminal: Bool
    /// Reads standard input to its end.
    let readAll: @Sendable () -> Data

    /// The process's own standard input.
    static var process: StandardInput {
        StandardInput(
            isTerminal: isatty(STDIN_FILENO) == 1,
            readAll: { FileHandle.standardInput.readDataToEndOfFile() })
    }
}
