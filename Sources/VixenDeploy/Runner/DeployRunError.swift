import VixenCore
import VixenGit

/// A failure that stopped a deploy run before it could decide or record, which exits with status 2.
public enum DeployRunError: Error, Equatable, Sendable {
    case state(DeployStateError)
    case git(GitError)
    /// The gate or the pending changes could not be read, for the reason in the text.
    case review(LocalizedText)
    /// The executor stopped; `lockKept` is true when the lock stays for people to check.
    case execution(ExecutionError, lockKept: Bool, reference: String)

    public var message: LocalizedText {
        switch self {
        case .state(let error): error.message
        case .git(let error): error.message
        case .review(let text): text
        case .execution(.notConfigured(let reason), _, _): reason
        case .execution(.interrupted(let steps, let reason), _, let reference):
            Catalog.deployInterrupted(completedSteps: steps, reason: reason, lockReference: reference)
        }
    }
}
