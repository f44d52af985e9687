import VixenDeploy

/// The format `deploy` and `status` write in.
public enum DeployOutputFormat: String, CaseIterable, Sendable {
    /// For people at a terminal or in a CI log.
    case text
    /// For tools: one JSON object.
    case json
}

/// The severity `--severity` marks a change with; only a critical one changes the decision.
public enum DeploySeverity: String, CaseIterable, Sendable {
    case critical
}

/// The options of `vixen-gate deploy`.
public struct DeployOptions: Sendable, Equatable {
    /// The `--target` value, or nil when it was not given, which the run rejects.
    public var target: DeployTarget?
    /// The repository path, or nil for the repository that contains the current directory.
    public var repo: String?
    public var dryRun: Bool
    public var now: Bool
    public var severity: DeploySeverity?
    public var format: DeployOutputFormat

    public init(
        target: DeployTarget? = nil, repo: String? = nil, dryRun: Bool = false, now: Bool = false,
        severity: DeploySeverity? = nil, format: DeployOutputFormat = .text
    ) {
        self.target = target
        self.repo = repo
        self.dryRun = dryRun
        self.now = now
        self.severity = severity
        self.format = format
    }
}

/// The options of `vixen-gate status`.
public struct StatusOptions: Sendable, Equatable {
    /// The environment to show, or nil for both.
    public var target: DeployTarget?
    public var repo: String?
    /// True with `--no-fetch`: show the local state without fetching it.
    public var noFetch: Bool
    public var format: DeployOutputFormat

    public init(
        target: DeployTarget? = nil, repo: String? = nil, noFetch: Bool = false, format: DeployOutputFormat = .text
    ) {
        self.target = target
        self.repo = repo
        self.noFetch = noFetch
        self.format = format
    }
}

/// The options of `vixen-gate state init`.
public struct StateInitOptions: Sendable, Equatable {
    public var target: DeployTarget?
    public var repo: String?
    /// The commit to record, or nil for HEAD.
    public var commit: String?
    /// The `--sequence` value as given, checked when the command runs, or nil for 0.
    public var sequence: String?

    public init(target: DeployTarget? = nil, repo: String? = nil, commit: String? = nil, sequence: String? = nil) {
        self.target = target
        self.repo = repo
        self.commit = commit
        self.sequence = sequence
    }
}

/// A `vixen-gate state` subcommand.
public enum StateRequest: Sendable, Equatable {
    case initialize(StateInitOptions)
}
