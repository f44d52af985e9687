import VixenChecks
import VixenConfig
import VixenCore
import VixenGit
import VixenReport

/// Runs the checks over changes already read and builds the report.
///
/// Every way in (`check`, the hooks, CI) reads its own range, then hands it here, so all of
/// them judge a change the same way.
struct Gate {
    let repository: Repository
    let configuration: Configuration
    /// The secret rule files the configuration names, read from where the configuration came from.
    var customSecretRules: [RuleFileBytes] = []

    /// The limits the configuration sets for reading the repository.
    var readOptions: ReadOptions {
        ReadOptions(maxFileSize: configuration.limits.maxFileSize, renameLimit: configuration.limits.renameLimit)
    }

    /// Returns the report for `changes`, with components detected from `layoutCommit`'s tree.
    func evaluate(_ changes: ChangeSet, layoutCommit: ObjectID, staged: Bool, worktree: Bool)
        throws(RunFailure) -> Report
    {
        let findings: [Finding]
        let resolver: ComponentResolver
        do {
            let snapshot = try TreeSnapshot(repository: repository, commit: layoutCommit)
            resolver = try ComponentResolver(configuration: configuration, snapshot: snapshot)
            let base = try changes.diffBase.map { id throws(GitError) in
                try TreeSnapshot(repository: repository, commit: id)
            }
            let context = CheckContext(
                changes: changes, components: resolver, configuration: configuration, head: snapshot, base: base)
            findings = try CheckEngine.standard(customSecretRules: customSecretRules).run(context)
        } catch let error as GitError {
            throw .git(error)
        } catch let error as SecretsError {
            throw .message(error.message)
        } catch {
            throw .message(Catalog.runCheckFailed(String(describing: error)))
        }
        return ReportBuilder(changes: changes, components: resolver).report(
            findings: findings, staged: staged, worktree: worktree)
    }
}
