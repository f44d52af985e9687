import VixenConfig

/// The options of `vixen-gate env`.
public struct EnvOptions: Sendable, Equatable {
    /// The repository path, or nil for the repository that contains the current directory.
    public var repo: String?
    /// The revision whose tree is listed, or nil for HEAD.
    public var rev: String?
    public var format: EnvFormat
    /// True to compare each component's variables with its Coolify application's.
    public var coolify: Bool
    /// The `--target` value, which `--coolify` needs.
    public var target: Configuration.DeploymentEnvironment?

    public init(
        repo: String? = nil, rev: String? = nil, format: EnvFormat = .text, coolify: Bool = false,
        target: Configuration.DeploymentEnvironment? = nil
    ) {
        self.repo = repo
        self.rev = rev
        self.format = format
        self.coolify = coolify
        self.target = target
    }
}

/// The format `vixen-gate env` writes its list in.
public enum EnvFormat: String, CaseIterable, Sendable {
    /// For people at a terminal: one block per component.
    case text
    /// For tools: one JSON object.
    case json
    /// For a README or a merge request: one table per component.
    case markdown
}
