import Foundation
import VixenCore
import VixenDeploy
import VixenGit

/// The facts `status` shows for one environment.
struct TargetStatus {
    let state: TargetState
    /// The changes from the deployed commit to the head a deployment would bring, or nil when no
    /// deployment is recorded.
    let pending: PendingChanges?
    /// The latest deployment since the recorded one that did not succeed, if any.
    var lastAttempt: DeploymentRecord? { state.note?.attempts.last }
}

/// The origin of the state that `status` shows.
enum StatusSource: Equatable {
    case fetched(remote: String)
    /// `--no-fetch` kept the repository's own copy.
    case notFetched(remote: String)
    /// The repository has no remote of that name.
    case localOnly(remote: String)
}

/// One `vixen-gate status`: what is deployed where and what is pending.
struct StatusRun {
    let options: StatusOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console
    let clock: @Sendable () -> Date

    func execute() throws(RunFailure) -> Int32 {
        let workspace = try DeployWorkspace.open(
            repo: options.repo, environment: environment, currentDirectory: currentDirectory, clock: clock)
        let store = workspace.store
        let source: StatusSource
        if store.remote == nil {
            source = .localOnly(remote: store.remoteName)
        } else if options.noFetch {
            source = .notFetched(remote: store.remoteName)
        } else {
            try state { () throws(DeployStateError) in try store.fetch() }
            source = .fetched(remote: store.remoteName)
        }

        let targets = options.target.map { [$0.stateTarget] } ?? DeployTarget.stateTargets
        var statuses: [TargetStatus] = []
        for target in targets {
            let current = try state { () throws(DeployStateError) in try store.state(of: target) }
            statuses.append(TargetStatus(state: current, pending: try pending(current, workspace: workspace)))
        }
        let now = clock()
        switch options.format {
        case .text:
            console.writeOutput(StatusTextRenderer(now: now).render(statuses, source: source, language: language))
        case .json:
            console.writeOutput(StatusJSONRenderer(now: now).render(statuses, source: source, language: language))
        }
        return 0
    }

    /// Reads the changes a deployment of the environment would bring: up to HEAD, or for
    /// production up to what staging runs when that is recorded.
    private func pending(_ current: TargetState, workspace: DeployWorkspace) throws(RunFailure) -> PendingChanges? {
        guard let deployed = current.deployedCommit else {
            return nil
        }
        var staging: ObjectID?
        if current.target == .production {
            staging = try state { () throws(DeployStateError) in try workspace.store.deployedCommit(of: .staging) }
        }
        let end: ObjectID
        if let staging {
            end = staging
        } else {
            end = try git { () throws(GitError) in try workspace.repository.headCommit() }
        }
        let configuration = try workspace.configuration(base: deployed, head: end)
        let resolver = try workspace.components(configuration, head: end)
        let options = ReadOptions(
            maxFileSize: configuration.limits.maxFileSize, renameLimit: configuration.limits.renameLimit)
        return try git { () throws(GitError) in
            try PendingChangesReader(repository: workspace.repository, options: options) {
                resolver.component(for: $0)
            }.read(base: deployed, head: end)
        }
    }
}
