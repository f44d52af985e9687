import VixenDeploy

/// The options of `vixen-gate plan`.
public struct PlanOptions: Sendable, Equatable {
    /// A plan file that `--output FORMAT=FILE` requests.
    public struct OutputFile: Sendable, Equatable {
        public var format: PlanFormat
        /// The path as given, relative to the current directory unless it is absolute; never empty.
        public var path: String

        public init(format: PlanFormat, path: String) {
            self.format = format
            self.path = path
        }
    }

    /// The `--target` value, or nil when it was not given, which the run rejects.
    public var target: DeployTarget?
    /// The repository path, or nil for the repository that contains the current directory.
    public var repo: String?
    /// The revision the environment runs, or nil for its deployed reference.
    public var base: String?
    /// The revision to deploy, or nil for the target's default.
    public var head: String?
    /// The `--version` value as given, checked when the plan runs, or nil to compute the version.
    public var version: String?
    public var format: PlanFormat
    /// The plan files to write besides standard output, in the order given.
    public var outputs: [OutputFile]
    /// True with `--run-tests`: run the test commands the change needs and put their results in the plan.
    public var runTests: Bool

    public init(
        target: DeployTarget? = nil, repo: String? = nil, base: String? = nil, head: String? = nil,
        version: String? = nil, format: PlanFormat = .text, outputs: [OutputFile] = [], runTests: Bool = false
    ) {
        self.target = target
        self.repo = repo
        self.base = base
        self.head = head
        self.version = version
        self.format = format
        self.outputs = outputs
        self.runTests = runTests
    }
}
