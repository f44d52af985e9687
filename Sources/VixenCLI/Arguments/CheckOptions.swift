import VixenReport

/// The options of `vixen-gate check`.
public struct CheckOptions: Sendable, Equatable {
    /// A report file that `--output FORMAT=FILE` requests.
    public struct OutputFile: Sendable, Equatable {
        public var format: OutputFormat
        /// The path as given, relative to the current directory unless it is absolute.
        ///
        /// The parser rejects an empty path, so it is never empty.
        public var path: String

        public init(format: OutputFormat, path: String) {
            self.format = format
            self.path = path
        }
    }

    /// The repository path, or nil for the repository that contains the current directory.
    public var repo: String?
    /// The revision the range starts after, or nil for the default merge-base.
    public var base: String?
    /// The revision the range ends at, or nil for HEAD.
    public var head: String?
    /// True when the index is checked too.
    ///
    /// `--worktree` sets it as well, because checking the work tree includes the index.
    public var staged: Bool
    /// True when the unstaged changes in the work tree are checked too.
    public var worktree: Bool
    /// The `--format` value, or nil when it was not given.
    ///
    /// Without it the report on standard output is text, except under `--ci` on GitHub Actions, where it
    /// is GitHub annotations.
    public var requestedFormat: OutputFormat?
    /// The report files to write besides standard output, in the order given.
    public var outputs: [OutputFile]
    /// True when the range comes from the CI's variables rather than from the default merge-base.
    public var ci: Bool
    /// The configuration file, or nil for the repository's `.vixen-gate.yml`.
    public var config: String?
    public var color: ColorChoice
    /// True when the test commands of the changed components run too (`--run-tests`).
    public var runTests: Bool

    public init(
        repo: String? = nil,
        base: String? = nil,
        head: String? = nil,
        staged: Bool = false,
        worktree: Bool = false,
        format: OutputFormat? = nil,
        outputs: [OutputFile] = [],
        ci: Bool = false,
        config: String? = nil,
        color: ColorChoice = .auto,
        runTests: Bool = false
    ) {
        self.repo = repo
        self.base = base
        self.head = head
        self.staged = staged
        self.worktree = worktree
        self.requestedFormat = format
        self.outputs = outputs
        self.ci = ci
        self.config = config
        self.color = color
        self.runTests = runTests
    }

    /// The format of the report on standard output outside `--ci`: the `--format` value, else text.
    public var format: OutputFormat { requestedFormat ?? .text }
}
