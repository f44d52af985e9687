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
    /// The secret baseline, read from where the configuration came from, or nil when there is none.
    var baseline: SecretBaseline?

    /// The limits the configuration sets for reading the repository.
    var readOptions: ReadOptions {
        ReadOptions(maxFileSize: configuration.limits.maxFileSize, renameLimit: configuration.limits.renameLimit)
    }

    /// Returns the report for `changes`, with components detected from `layoutCommit`'s tree.
    ///
    /// Findings the baseline lists are left out, and the report counts them.
    func evaluate(_ changes: ChangeSet, layoutCommit: ObjectID, staged: Bool, worktree: Bool)
        throws(RunFailure) -> Report
    {
        let checked = try findings(changes, layoutCommit: layoutCommit, baselineSalt: baseline?.salt)
        var reported = checked.findings
        var baselined = 0
        if let baseline {
            (reported, baselined) = baseline.filter(checked.findings)
        }
        return ReportBuilder(changes: changes, components: checked.resolver).report(
            findings: reported, staged: staged, worktree: worktree, baselined: baselined)
    }

    /// Runs the checks over `changes` and returns every finding, with the component resolver of
    /// `layoutCommit`'s tree.
    ///
    /// - Parameter baselineSalt: The salt secret values are hashed with for a baseline, or nil.
    func findings(_ changes: ChangeSet, layoutCommit: ObjectID, baselineSalt: [UInt8]?)
        throws(RunFailure) -> (findings: [Finding], resolver: ComponentResolver)
    {
        do {
            let snapshot = try TreeSnapshot(repository: repository, commit: layoutCommit)
            let resolver = try ComponentResolver(configuration: configuration, snapshot: snapshot)
            let base = try changes.diffBase.map { id throws(GitError) in
                try TreeSnapshot(repository: repository, commit: id)
            }
            let context = CheckContext(
                changes: changes, components: resolver, configuration: configuration, head: snapshot, base: base,
                workingFiles: repository.workTree == nil ? nil : WorkingFiles(repository: repository))
            let engine = CheckEngine.standard(customSecretRules: customSecretRules, baselineSalt: baselineSalt)
            return (try engine.run(context), resolver)
        } catch let error as GitError {
            throw .git(error)
        } catch let error as SecretsError {
            throw .message(error.message)
        } catch {
            throw .message(Catalog.runCheckFailed(String(describing: error)))
        }
    }
}
