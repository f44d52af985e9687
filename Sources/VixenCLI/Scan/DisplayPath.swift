/// The name of a file in a scan's findings: the path as given on the command line joined with the
/// path below it, as `grep -r` prints them.
///
/// `scan src` names `src/app/config.py`, `scan src/` names `src/app/config.py` too, `scan ./a.py`
/// names `./a.py`, and a scan without paths names `app/config.py`, without a leading `./`.
struct DisplayPath: Sendable, Equatable {
    /// The path as the user gave it, or nil for the current directory scanned by default.
    let argument: String?

    /// Returns the name of the file or folder `relative` below the argument.
    ///
    /// - Parameter relative: A path below the argument, with `/` separators, or empty for the
    ///   argument itself.
    func joined(_ relative: String) -> String {
        guard let argument else {
            return relative.isEmpty ? "." : relative
        }
        if relative.isEmpty {
            return argument
        }
        return argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
    }
}
