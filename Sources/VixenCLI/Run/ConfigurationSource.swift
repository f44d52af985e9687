import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// Picks and reads the configuration a check runs under.
///
/// A range of commits is checked with `.vixen-gate.yml` as it is at the range's base, so a
/// push cannot loosen its own gate; with no base (a range from the root) the head's file is
/// used. A check of the work tree or index reads the work tree's file, and `--config FILE`
/// replaces all of these.
struct ConfigurationSource {
    static let fileName = ".vixen-gate.yml"

    let repository: Repository
    let explicitPath: String?
    let currentDirectory: String
    let readsWorkTree: Bool

    func load(base: ObjectID?, head: ObjectID) throws(RunFailure) -> Configuration {
        if let explicitPath {
            let url = URL(fileURLWithPath: explicitPath, relativeTo: URL(fileURLWithPath: currentDirectory))
            return try parse(try readFile(url, displayName: explicitPath, required: true), source: explicitPath)
        }
        if readsWorkTree, let workTree = repository.workTree {
            let url = URL(fileURLWithPath: workTree).appendingPathComponent(Self.fileName)
            return try parse(try readFile(url, displayName: Self.fileName, required: false), source: Self.fileName)
        }
        let commit = base ?? head
        let bytes: [UInt8]?
        do {
            bytes = try repository.fileContents(Self.fileName, at: commit)
        } catch {
            throw .git(error)
        }
        return try parse(bytes, source: "\(commit.short):\(Self.fileName)")
    }

    /// Returns the custom secret rule files `configuration` names, read from where
    /// ``load(base:head:)`` read the configuration: the same commit, or the work tree.
    ///
    /// Every command that applies severities loads its rules here, so this is also where an
    /// unknown rule id under `severity` is raised (``SeverityRuleValidation``).
    func loadRules(_ configuration: Configuration, base: ObjectID?, head: ObjectID) throws(RunFailure)
        -> [RuleFileBytes]
    {
        let files = try readRules(configuration, base: base, head: head)
        try SeverityRuleValidation.validate(configuration, customRuleFiles: files)
        return files
    }

    private func readRules(_ configuration: Configuration, base: ObjectID?, head: ObjectID) throws(RunFailure)
        -> [RuleFileBytes]
    {
        guard !configuration.secrets.ruleFiles.isEmpty else {
            return []
        }
        if explicitPath != nil || readsWorkTree {
            let root = URL(fileURLWithPath: repository.workTree ?? currentDirectory)
            return try RulesWorkspace(configuration: configuration, root: root).customRuleFiles()
        }
        return try CustomRuleFiles.read(configuration, repository: repository, commit: base ?? head)
    }

    private func parse(_ bytes: [UInt8]?, source: String) throws(RunFailure) -> Configuration {
        guard let bytes else {
            return .default
        }
        do {
            return try Configuration.parse(bytes: bytes, source: source)
        } catch {
            throw .configuration(error)
        }
    }

    private func readFile(_ url: URL, displayName: String, required: Bool) throws(RunFailure) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required {
                throw .message(Catalog.runConfigNotFound(displayName))
            }
            return nil
        }
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw .message(Catalog.runConfigUnreadable(displayName, reason: error.localizedDescription))
        }
    }
}
