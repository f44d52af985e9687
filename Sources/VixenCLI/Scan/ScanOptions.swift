import VixenGit
import VixenReport

/// The options of `vixen-gate scan`.
public struct ScanOptions: Sendable, Equatable {
    /// The files or history one run scans.
    public enum Target: Sendable, Equatable {
        /// Files and folders as given, `-` for standard input, read whole.
        ///
        /// `namedByUser` is false when no path was given and the current directory is scanned, so
        /// that paths are shown as `src/a.py` rather than `./src/a.py`, as `grep -r` shows them.
        case paths([String], namedByUser: Bool)
        /// Every commit reachable from HEAD, or from every reference, read from the repository at
        /// `repo` (nil for the one that contains the current directory).
        case history(HistoryTips, repo: String?)
    }

    public var target: Target
    /// True when `--no-ignore` was given, so files that git ignores are scanned too.
    public var includesIgnored: Bool
    public var format: OutputFormat
    /// The report files to write besides standard output, in the order given.
    public var outputs: [CheckOptions.OutputFile]
    /// The configuration file, or nil to look for `.vixen-gate.yml`.
    public var config: String?
    public var color: ColorChoice

    public init(
        target: Target = .paths(["."], namedByUser: false),
        includesIgnored: Bool = false,
        format: OutputFormat = .text,
        outputs: [CheckOptions.OutputFile] = [],
        config: String? = nil,
        color: ColorChoice = .auto
    ) {
        self.target = target
        self.includesIgnored = includesIgnored
        self.format = format
        self.outputs = outputs
        self.config = config
        self.color = color
    }
}
