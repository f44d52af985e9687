/// The options of `vixen-gate baseline`.
public struct BaselineOptions: Sendable, Equatable {
    /// The repository path, or nil for the repository that contains the current directory.
    public var repo: String?
    /// The revision after which findings are recorded, or nil for the whole history.
    public var base: String?
    /// The revision the recorded range ends at, or nil for HEAD.
    public var head: String?
    /// The file to write, relative to the current directory, or nil for the configured baseline
    /// path in the work tree.
    public var output: String?

    public init(repo: String? = nil, base: String? = nil, head: String? = nil, output: String? = nil) {
        self.repo = repo
        self.base = base
        self.head = head
        self.output = output
    }
}
