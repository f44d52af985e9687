import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// One `vixen-gate baseline`: run the checks over the range and write its secret findings to the
/// baseline file.
///
/// The configuration and custom rules are the work tree's, as for `check --worktree`, because the
/// file is written to the work tree for the team to commit. An existing file keeps its salt, so
/// the same findings give the same bytes, and an unchanged file is not rewritten.
struct BaselineRun {
    let options: BaselineOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns 0 once the file is up to date.
    func execute() throws(RunFailure) -> Int32 {
        let repository = try git { () throws(GitError) in
            try Repository.open(path: options.repo, currentDirectory: currentDirectory, environment: environment)
        }
        let (base, head) = try git { () throws(GitError) in
            let base = try options.base.map { revision throws(GitError) in try repository.resolveCommit(revision) }
            if let revision = options.head {
                return (base, try repository.resolveCommit(revision))
            }
            return (base, try repository.headCommit())
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: true)
        let configuration = try source.load(base: base, head: head)
        let target = try target(repository, configuration: configuration)
        let existing = try BaselineLocation.read(target.url, displayName: target.displayName)
        let salt = existing?.salt ?? SecretBaseline.makeSalt()

        let gate = Gate(
            repository: repository, configuration: configuration,
            customSecretRules: try source.loadRules(configuration, base: base, head: head))
        let changes = try git { () throws(GitError) in
            try repository.readRange(base: base, head: head, options: gate.readOptions)
        }
        let findings = try gate.findings(changes, layoutCommit: head, baselineSalt: salt).findings
        let baseline = SecretBaseline(salt: salt, findings: findings)

        if let existing, existing == baseline {
            console.writeOutput(
                Catalog.baselineUnchanged(target.displayName, entries: baseline.entries.count)(language) + "\n")
            return 0
        }
        try BaselineLocation.write(BaselineFile.encode(baseline), to: target.url, displayName: target.displayName)
        let counts = baseline.counts
        console.writeOutput(
            Catalog.baselineWritten(target.displayName, secrets: counts.secrets, files: counts.files)(language) + "\n")
        return 0
    }

    /// Returns the file to write: `--output` relative to the current directory, else the
    /// configured path in the work tree.
    private func target(
        _ repository: Repository, configuration: Configuration
    ) throws(RunFailure) -> (url: URL, displayName: String) {
        if let output = options.output {
            return (URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: currentDirectory)), output)
        }
        let path = configuration.secrets.baselinePath
        guard let workTree = repository.workTree else {
            throw .message(Catalog.baselineNoWorkTree(path))
        }
        return (URL(fileURLWithPath: workTree).appendingPathComponent(path), path)
    }
}
