import Foundation
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenGit

/// One `vixen-gate state init`: records the commit an environment runs, for a deployment made
/// without vixen-gate.
struct StateInitRun {
    let options: StateInitOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console
    let clock: @Sendable () -> Date
    /// The transport of the requests to Coolify, used only without `--commit`.
    var transport: any HTTPTransport = URLSessionTransport()

    /// Returns 0 once the deployment is recorded (and pushed, with a remote); anything that stops
    /// the record throws, which exits with 2.
    func execute() throws(RunFailure) -> Int32 {
        guard let target = options.target?.stateTarget else {
            throw .message(
                Catalog.deployMissingTarget(command: "state init", accepted: DeployTarget.allCases.map(\.rawValue)))
        }
        let sequence = try sequenceNumber()
        let workspace = try DeployWorkspace.open(
            repo: options.repo, environment: environment, currentDirectory: currentDirectory, clock: clock)
        let repository = workspace.repository
        let commit = try recordedCommit(target: target, repository: repository)
        let version = try git { () throws(GitError) in
            try PlanVersionReader(repository: repository).decide(head: commit).version
        }

        let store = workspace.store
        try state { () throws(DeployStateError) in try store.fetch() }
        if store.remote == nil {
            console.writeError(Catalog.deployLocalStateOnly(remote: store.remoteName)(language) + "\n")
        }
        let owner = LockOwner.current(command: "state init", environment: environment, time: clock())
        let acquisition = try state { () throws(DeployStateError) in
            try store.acquireLock(target, owner: owner, timeToLive: workspace.bootstrapPolicy.lockTimeToLive)
        }
        do {
            try record(
                commit: commit, version: version, sequence: sequence, target: target, lock: acquisition.lock,
                store: store)
        } catch {
            try? store.releaseLock(acquisition.lock)
            throw .message(error.message)
        }

        let environmentName = Catalog.planEnvironment(target.rawValue)
        let line = Catalog.stateReportInitialized(
            number: DecisionText.sequenceText(sequence), version: version.description, environment: environmentName,
            commit: commit.short)
        let place =
            store.remote.map { Catalog.stateRecordedAndPushed(reference: target.deployedReference, remote: $0.name) }
            ?? Catalog.stateRecorded(reference: target.deployedReference)
        console.writeOutput(line(language) + "\n" + place(language) + "\n")
        return 0
    }

    /// Returns the `--commit` revision's commit, or without it the commit that the target's Coolify
    /// applications run, read with the configuration of HEAD's `.vixen-gate.yml`.
    private func recordedCommit(target: DeployTarget, repository: Repository) throws(RunFailure) -> ObjectID {
        if let revision = options.commit {
            return try git { () throws(GitError) in try repository.resolveCommit(revision) }
        }
        let head = try git { () throws(GitError) in try repository.headCommit() }
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        let reader = CoolifyCommitReader(
            configuration: try source.load(base: nil, head: head), environment: environment, transport: transport)
        let (commit, applications) = try reader.read(target: target, repository: repository)
        let line = Catalog.stateInitCommitFromCoolify(
            commit: commit.short, environment: target.rawValue,
            applications: applications.map(\.label).joined(separator: ", "))
        console.writeError(line(language) + "\n")
        return commit
    }

    /// Writes the note and creates the deployed reference, releasing the lock in the same write.
    private func record(
        commit: ObjectID, version: SemanticVersion, sequence: Int, target: DeployTarget, lock: StateLock,
        store: DeployStateStore
    ) throws(DeployStateError) {
        let current = try store.state(of: target)
        if let recorded = current.deployedCommit {
            throw .alreadyRecorded(reference: target.deployedReference, commit: recorded)
        }
        let record = DeploymentRecord(
            commit: commit, sequence: sequence, version: version, time: clock(), components: [], result: .succeeded,
            source: .stateInit)
        let change = StateChange(
            target: target,
            notes: [StateChange.NoteWrite(commit: commit, note: StateNote(target: target, deployment: record))],
            notesParent: current.notesCommit, move: StateChange.Move(expected: nil, new: commit), releasing: lock)
        try store.apply(change)
    }

    private func sequenceNumber() throws(RunFailure) -> Int {
        guard let text = options.sequence else {
            return 0
        }
        guard let number = Int(text), number >= 0, text.allSatisfy(\.isASCII) else {
            throw .message(Catalog.stateInvalidSequence(text))
        }
        return number
    }
}
