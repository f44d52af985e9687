import Foundation
import VixenCore
import VixenGit

/// A failure to read or write the deploy state.
///
/// Every case stops the command with exit status 2, and ``message`` explains what to do next.
public enum DeployStateError: Error, Equatable, Sendable {
    /// A state note is not JSON, or lacks a field that a note must have.
    case malformedNote(notesReference: String, commit: ObjectID, detail: String)
    /// A state note was written in a format newer than this build reads.
    case newerNoteFormat(notesReference: String, commit: ObjectID, format: Int)
    /// A lock commit's message does not name its owner.
    case malformedLock(reference: String, commit: ObjectID)
    /// A deployed reference leads to a tree or a blob.
    case notACommit(reference: String)
    /// Another runner holds the environment's lock and it is younger than the lock's time to live.
    case lockHeld(reference: String, owner: LockOwner, age: TimeInterval)
    /// This run's lock was removed or replaced before the run released it.
    case lockLost(reference: String)
    /// Another process in this repository changed a state reference while this run worked.
    case stateMoved(reference: String)
    /// The remote's state changed between this run's fetch and its push, so nothing was pushed.
    case remoteMoved(remote: String, references: [String])
    /// `git fetch` or `git push` failed; `output` is git's standard error with credentials removed.
    case remoteCommandFailed(command: String, status: Int32, output: String)
    /// `state init` found a deployment already recorded.
    case alreadyRecorded(reference: String, commit: ObjectID)
    case git(GitError)

    public var message: LocalizedText {
        switch self {
        case .malformedNote(let reference, let commit, let detail):
            Catalog.deployMalformedNote(reference: reference, commit: commit.hex, detail: detail)
        case .newerNoteFormat(let reference, let commit, let format):
            Catalog.deployNewerNoteFormat(reference: reference, commit: commit.hex, format: format)
        case .malformedLock(let reference, let commit):
            Catalog.deployMalformedLock(reference: reference, commit: commit.hex)
        case .notACommit(let reference):
            Catalog.planDeployedReferenceNotACommit(reference)
        case .lockHeld(let reference, let owner, let age):
            Catalog.deployLockHeld(
                reference: reference, owner: owner.summary, command: owner.command.escapingControlCharacters(),
                age: DurationText.text(age))
        case .lockLost(let reference):
            Catalog.deployLockLost(reference: reference)
        case .stateMoved(let reference):
            Catalog.deployStateMoved(reference: reference)
        case .remoteMoved(let remote, let references):
            Catalog.deployRemoteMoved(remote: remote, references: references.joined(separator: ", "))
        case .remoteCommandFailed(let command, let status, let output):
            Catalog.deployRemoteCommandFailed(command: command, status: status, output: output)
        case .alreadyRecorded(let reference, let commit):
            Catalog.deployAlreadyRecorded(reference: reference, commit: commit.hex)
        case .git(let error):
            error.message
        }
    }
}
