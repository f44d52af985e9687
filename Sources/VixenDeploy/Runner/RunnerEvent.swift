import Foundation
import VixenCore

/// A notice the runner prints on standard error while it works.
public enum RunnerEvent: Sendable, Equatable {
    /// The repository has no remote of this name, so the state stays in this repository.
    case localStateOnly(remote: String)
    /// A lock older than its time to live was taken over.
    case staleLockReplaced(StateLock, age: TimeInterval)
    /// The lock could not be released after the run stopped, for the reason in the message.
    case lockKept(reference: String, reason: LocalizedText)
    /// A step of the deployment ended.
    case step(StepResult)
    /// A step of the rollback ended.
    case rollbackStep(StepResult)
    /// The rollback itself could not run.
    case rollbackFailed(LocalizedText)
}
