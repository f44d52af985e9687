import VixenReport

/// The options of `vixen-gate check`.
public struct CheckOptions: Sendable, Equatable {
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
    public var format: OutputFormat
    /// The configuration file, or nil for the repository's `.vixen-gate.yml`.
    public var config: String?
    public var color: ColorChoice

    public init(
        repo: String? = nil,
        base: String? = nil,
        head: String? = nil,
        staged: Bool = false,
        worktree: Bool = false,
        format: OutputFormat = .text,
        config: String? = nil,
        color: ColorChoice = .auto
    ) {
        self.repo = repo
        self.base = base
        self.head = head
        self.staged = staged
        self.worktree = worktree
        self.format = format
        self.config = config
        self.color = color
    }
}
