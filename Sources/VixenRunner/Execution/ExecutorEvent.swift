import VixenCore

/// A message the executor sends while it works, besides each step's result.
public enum ExecutorEvent: Sendable, Equatable {
    /// One of the team's report lines, such as `[QA-042] Smoke tests post-deployment: 10/10 passing`.
    case report(LocalizedText)
    /// A remark about a step, such as why it had nothing to run or that a request is retried.
    case notice(LocalizedText)
    /// In a dry run, a request or command as it would be sent or run, already redacted.
    case transcript(String)
}
