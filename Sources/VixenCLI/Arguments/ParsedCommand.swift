/// The command a command line selects, with its typed options.
public enum ParsedCommand: Sendable, Equatable {
    case check(CheckOptions)
    /// Print the deploy plan of a range.
    case plan(PlanOptions)
    /// Scan files, standard input or the whole history for secrets.
    case scan(ScanOptions)
    /// Decide by the cost rules whether to deploy, then deploy, defer or refuse.
    case deploy(DeployOptions)
    /// Show what is deployed where and what is pending.
    case status(StatusOptions)
    /// Record a deployment made without vixen-gate.
    case state(StateRequest)
    /// Run a git hook, or install or remove the pre-push hook.
    case hook(HookAction)
    /// List the secret rules, or check rule files.
    case rules(RulesRequest)
    /// Prove migrations reversible against a PostgreSQL server.
    case migrations(MigrationsRequest)
    /// List the environment variables per component, or compare them with Coolify.
    case env(EnvOptions)
    /// Write the current secret findings to the baseline file.
    case baseline(BaselineOptions)
    /// Show the help of the command that `topic` names, such as `["check"]`, or the general help when
    /// it is empty. The parser has checked that the topic names a command, so
    /// ``VixenGateCommandLine/helpText(for:language:)`` does not fail on it.
    case help(topic: [String])
    case version
}
