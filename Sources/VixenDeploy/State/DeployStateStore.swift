import Foundation
import VixenCore
import VixenGit

/// Reads and writes the deploy state that a repository keeps in references and notes, and shares
/// it through a remote when the repository has one.
///
/// For each environment (staging, production) the state is:
/// - `refs/vixen-gate/deployed/<environment>`: the commit the environment runs;
/// - `refs/notes/vixen-gate/<environment>`: a JSON ``StateNote`` on each deployed commit;
/// - `refs/vixen-gate/lock/<environment>`: present while a runner works on the environment.
///
/// Writes are compare-and-swap updates through libgit2. With a remote, ``fetch()`` first mirrors
/// the remote's state. Each write is then pushed with leases on the values fetched, before the
/// local references move. So the remote is the one place the state lives, and two runners cannot
/// both win. Without a remote, the state stays in this repository.
///
/// NOTE: like ``Repository``, a store must be used from one thread at a time.
public final class DeployStateStore {
    /// The identity that writes notes and lock commits when the repository's configuration sets none.
    static let fallbackIdentity = (name: "vixen-gate", email: "vixen-gate@localhost")

    public let repository: Repository
    /// The remote that shares the state, or nil when the repository has no remote of that name.
    public let remote: StateRemote?
    /// The name of the remote asked for, such as `origin`, whether it exists or not.
    public let remoteName: String
    private let clock: @Sendable () -> Date
    private let identity: (name: String, email: String)

    /// Opens the state of `repository`, shared through the remote `remoteName` when it exists.
    ///
    /// - Parameters:
    ///   - environment: The environment of the `git` processes that fetch and push.
    ///   - clock: The time that notes and lock commits record.
    public init(
        repository: Repository, remoteName: String, environment: [String: String],
        clock: @escaping @Sendable () -> Date
    ) throws(DeployStateError) {
        self.repository = repository
        self.remoteName = remoteName
        self.clock = clock
        self.identity = repository.configuredIdentity() ?? Self.fallbackIdentity
        let exists: Bool
        do {
            exists = try repository.hasRemote(named: remoteName)
        } catch {
            throw .git(error)
        }
        let directory = repository.workTree ?? repository.gitDirectory
        remote =
            exists
            ? StateRemote(name: remoteName, git: GitCommandLine(directory: directory, environment: environment)) : nil
    }

    /// Mirrors the remote's state into this repository; does nothing without a remote.
    public func fetch() throws(DeployStateError) {
        try remote?.fetch()
    }

    // MARK: Reading

    /// Returns what the repository records for `target`'s environment.
    public func state(of target: DeployTarget) throws(DeployStateError) -> TargetState {
        let environment = target.stateTarget
        let deployed = try deployedCommit(of: environment)
        let note = try deployed.map { commit throws(DeployStateError) in try self.note(on: commit, target: environment)
        }
        return TargetState(
            target: environment, deployedCommit: deployed, note: note ?? nil,
            notesCommit: try referenceTarget(environment.notesReference), lock: try lock(of: environment))
    }

    /// Returns the commit `target`'s environment runs, or nil when none is recorded.
    public func deployedCommit(of target: DeployTarget) throws(DeployStateError) -> ObjectID? {
        let reference = target.deployedReference
        let found: GitReference?
        do {
            found = try repository.reference(named: reference)
        } catch {
            throw .git(error)
        }
        guard let found else {
            return nil
        }
        guard let commit = found.commit else {
            throw .notACommit(reference: reference)
        }
        return commit
    }

    /// Returns the state note on `commit` for `target`'s environment, or nil when it has none.
    public func note(on commit: ObjectID, target: DeployTarget) throws(DeployStateError) -> StateNote? {
        let reference = target.notesReference
        let text: String?
        do {
            text = try repository.note(on: commit, notesReference: reference)
        } catch {
            throw .git(error)
        }
        return try text.map { text throws(DeployStateError) in
            try StateNoteCoder.decode(text, notesReference: reference, commit: commit)
        }
    }

    /// Returns `target`'s lock, or nil when no runner holds it.
    public func lock(of target: DeployTarget) throws(DeployStateError) -> StateLock? {
        let reference = target.lockReference
        guard let commit = try referenceTarget(reference) else {
            return nil
        }
        let message: CommitMessage
        do {
            message = try repository.commitMessage(of: commit)
        } catch {
            throw .malformedLock(reference: reference, commit: commit)
        }
        let owner = try LockMessage.owner(in: message.message, reference: reference, commit: commit)
        return StateLock(reference: reference, commit: commit, owner: owner)
    }

    // MARK: Locking

    /// Takes `target`'s lock for `owner`, taking over a lock older than `timeToLive`.
    ///
    /// - Throws: ``DeployStateError/lockHeld(reference:owner:age:)`` when another runner holds a
    ///   younger lock, or wins the race for it.
    public func acquireLock(_ target: DeployTarget, owner: LockOwner, timeToLive: TimeInterval)
        throws(DeployStateError) -> LockAcquisition
    {
        let reference = target.lockReference
        let current = try lock(of: target)
        if let current, current.age(at: owner.time) < timeToLive {
            throw .lockHeld(reference: reference, owner: current.owner, age: current.age(at: owner.time))
        }
        let commit: ObjectID
        do {
            let message = LockMessage.text(for: owner, target: target)
            commit = try repository.createStandaloneCommit(message: message, signature: signature(at: owner.time))
        } catch {
            throw .git(error)
        }
        do {
            try remote?.push([RemoteUpdate(reference: reference, expected: current?.commit, new: commit)])
        } catch .remoteMoved {
            // Another runner pushed its lock first: read it to name the owner.
            try remote?.fetch()
            if let winner = try lock(of: target) {
                throw .lockHeld(reference: reference, owner: winner.owner, age: winner.age(at: owner.time))
            }
            throw .remoteMoved(remote: remoteName, references: [reference])
        }
        do {
            try repository.updateReference(
                reference, to: commit, expecting: current?.commit, logMessage: "vixen-gate: lock")
        } catch {
            guard case .moved = error else {
                throw Self.stateError(error)
            }
            if let winner = try lock(of: target) {
                throw .lockHeld(reference: reference, owner: winner.owner, age: winner.age(at: owner.time))
            }
            throw .stateMoved(reference: reference)
        }
        return LockAcquisition(lock: StateLock(reference: reference, commit: commit, owner: owner), replaced: current)
    }

    /// Releases a lock this run holds, on the remote first and then here.
    ///
    /// - Throws: ``DeployStateError/lockLost(reference:)`` when the lock was removed or replaced
    ///   meanwhile.
    public func releaseLock(_ lock: StateLock) throws(DeployStateError) {
        do {
            try remote?.push([RemoteUpdate(reference: lock.reference, expected: lock.commit, new: nil)])
        } catch .remoteMoved {
            throw .lockLost(reference: lock.reference)
        }
        do {
            try repository.deleteReference(lock.reference, expecting: lock.commit)
        } catch {
            guard case .moved = error else {
                throw Self.stateError(error)
            }
            throw .lockLost(reference: lock.reference)
        }
    }

    // MARK: Writing

    /// Writes `change`: its notes, then the move of the deployed reference, then the lock's release.
    ///
    /// With a remote, everything is pushed in one atomic push guarded by the values this run read,
    /// and the local references move only after the push succeeded. Without one, the local
    /// references move in that order, so the deployed reference never moves before its note exists.
    public func apply(_ change: StateChange) throws(DeployStateError) {
        let environment = change.target
        let notesCommit: ObjectID?
        do {
            let notes = change.notes.map { write in
                GitNote(object: write.commit, text: StateNoteCoder.encode(write.note))
            }
            notesCommit = try repository.createNotesCommits(
                notes, parent: change.notesParent, signature: signature(at: clock()))
        } catch {
            throw .git(error)
        }

        var updates: [RemoteUpdate] = []
        if let notesCommit, notesCommit != change.notesParent {
            updates.append(
                RemoteUpdate(reference: environment.notesReference, expected: change.notesParent, new: notesCommit))
        }
        if let move = change.move {
            updates.append(
                RemoteUpdate(reference: environment.deployedReference, expected: move.expected, new: move.new))
        }
        if let lock = change.releasing {
            updates.append(RemoteUpdate(reference: lock.reference, expected: lock.commit, new: nil))
        }
        try remote?.push(updates)

        for update in updates {
            try applyLocally(update)
        }
    }

    private func applyLocally(_ update: RemoteUpdate) throws(DeployStateError) {
        do {
            if let new = update.new {
                try repository.updateReference(
                    update.reference, to: new, expecting: update.expected, logMessage: "vixen-gate: state")
            } else if let expected = update.expected {
                try repository.deleteReference(update.reference, expecting: expected)
            }
        } catch {
            guard case .moved = error else {
                throw Self.stateError(error)
            }
            throw .stateMoved(reference: update.reference)
        }
    }

    /// Maps a reference update's failure other than a moved reference.
    private static func stateError(_ error: ReferenceUpdateError) -> DeployStateError {
        switch error {
        case .moved(let reference, _, _): .stateMoved(reference: reference)
        case .git(let failure): .git(failure)
        }
    }

    private func referenceTarget(_ name: String) throws(DeployStateError) -> ObjectID? {
        do {
            return try repository.reference(named: name)?.target
        } catch {
            throw .git(error)
        }
    }

    private func signature(at time: Date) -> GitSignature {
        GitSignature(name: identity.name, email: identity.email, time: time)
    }
}
