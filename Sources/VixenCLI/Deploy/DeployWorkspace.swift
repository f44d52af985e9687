import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenDeploy
import VixenGit

/// The parts that `deploy`, `status` and `state init` share: the repository, the settings read
/// before the state is fetched, and the state store.
struct DeployWorkspace {
    let repository: Repository
    /// The cost rules of HEAD's `.vixen-gate.yml`.
    ///
    /// They are read before the state is fetched, for the remote and the lock's time to live. The
    /// rules that judge a range come from its base instead.
    let bootstrapPolicy: CostPolicy
    /// HEAD's whole configuration, whose staging health checks the cost rules probe before a
    /// production deployment.
    let bootstrapConfiguration: Configuration
    let store: DeployStateStore
    let currentDirectory: String
    let clock: @Sendable () -> Date

    /// The remote that shares the state when `deploy.remote` sets none.
    static let defaultRemote = "origin"

    static func open(
        repo: String?, environment: [String: String], currentDirectory: String, clock: @escaping @Sendable () -> Date
    ) throws(RunFailure) -> DeployWorkspace {
        let repository: Repository
        do {
            repository = try Repository.open(path: repo, currentDirectory: currentDirectory, environment: environment)
        } catch {
            throw .git(error)
        }
        let head: ObjectID
        do {
            head = try repository.headCommit()
        } catch {
            throw .git(error)
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        let configuration = try source.load(base: nil, head: head)
        let settings = configuration.deploy
        let policy = try CostPolicy.configured(settings)
        let store: DeployStateStore
        do {
            store = try DeployStateStore(
                repository: repository, remoteName: settings.remote ?? defaultRemote, environment: environment,
                clock: clock)
        } catch {
            throw .message(error.message)
        }
        return DeployWorkspace(
            repository: repository, bootstrapPolicy: policy, bootstrapConfiguration: configuration, store: store,
            currentDirectory: currentDirectory, clock: clock)
    }

    /// Returns the configuration at `base`, where the gate and the cost rules read it.
    func configuration(base: ObjectID, head: ObjectID) throws(RunFailure) -> Configuration {
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        return try source.load(base: base, head: head)
    }

    /// Returns the component resolver of `head`'s layout under `configuration`.
    func components(_ configuration: Configuration, head: ObjectID) throws(RunFailure) -> ComponentResolver {
        do {
            let snapshot = try TreeSnapshot(repository: repository, commit: head)
            return try ComponentResolver(configuration: configuration, snapshot: snapshot)
        } catch let error as GitError {
            throw .git(error)
        } catch {
            throw .message(Catalog.runCheckFailed(String(describing: error)))
        }
    }
}
