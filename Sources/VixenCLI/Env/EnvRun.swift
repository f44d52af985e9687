import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// One `vixen-gate env`: read a revision's tree, list its variables, and with `--coolify` compare
/// them with the target's Coolify applications.
struct EnvRun {
    let options: EnvOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns the exit status: 0 when the list is printed and nothing is missing.
    ///
    /// With `--coolify`, 1 when a Coolify application lacks a variable or receives a browser
    /// variable only at run time.
    func execute() throws(RunFailure) -> Int32 {
        let target = try checkedTarget()
        let repository = try git { () throws(GitError) in
            try Repository.open(path: options.repo, currentDirectory: currentDirectory, environment: environment)
        }
        let revision = try git { () throws(GitError) in
            guard let rev = options.rev else {
                return try repository.headCommit()
            }
            return try repository.resolveCommit(rev)
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        let configuration = try source.load(base: nil, head: revision)
        let inventory = try read(repository, revision: revision, configuration: configuration)

        var comparison: EnvCoolifyComparison?
        if let target {
            guard let settings = configuration.coolify else {
                throw .message(Catalog.envCoolifyNotConfigured())
            }
            guard !(settings.applications[target] ?? [:]).isEmpty else {
                throw .message(Catalog.envCoolifyNoApplications(target: target.rawValue))
            }
            do {
                comparison = try EnvCoolifyReader(settings: settings, environment: environment).compare(
                    inventory, target: target)
            } catch {
                throw .message(error.message)
            }
        }
        let report = EnvReport(
            revision: revision, inventory: inventory, coolify: comparison, limit: configuration.limits.maxFileSize)
        console.writeOutput(render(report))
        return comparison?.hasProblems == true ? 1 : 0
    }

    /// Returns the target `--coolify` compares with, or nil without `--coolify`.
    private func checkedTarget() throws(RunFailure) -> Configuration.DeploymentEnvironment? {
        guard options.coolify else {
            guard options.target == nil else {
                throw .message(Catalog.envTargetWithoutCoolify())
            }
            return nil
        }
        guard let target = options.target else {
            throw .message(
                Catalog.envCoolifyMissingTarget(accepted: Configuration.DeploymentEnvironment.allCases.map(\.rawValue)))
        }
        return target
    }

    private func read(_ repository: Repository, revision: ObjectID, configuration: Configuration)
        throws(RunFailure) -> EnvInventory
    {
        do {
            let snapshot = try TreeSnapshot(repository: repository, commit: revision)
            let components = try ComponentResolver(configuration: configuration, snapshot: snapshot)
            return try EnvInventory(snapshot: snapshot, configuration: configuration, components: components)
        } catch let error as GitError {
            throw .git(error)
        } catch {
            throw .message(Catalog.runCheckFailed(String(describing: error)))
        }
    }

    private func render(_ report: EnvReport) -> String {
        switch options.format {
        case .text: EnvTextRenderer(language: language).render(report)
        case .json: EnvJSONRenderer(language: language).render(report)
        case .markdown: EnvMarkdownRenderer(language: language).render(report)
        }
    }
}
