import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// Reads the custom rule files a configuration names, as they are in one commit.
///
/// `check` gives ``SecretsCheck`` these files from the same place its configuration comes
/// from, so that a push is checked with the rules at its base and cannot loosen its own gate.
enum CustomRuleFiles {
    static func read(
        _ configuration: Configuration, repository: Repository, commit: ObjectID
    ) throws(RunFailure) -> [RuleFileBytes] {
        var files: [RuleFileBytes] = []
        for configured in configuration.secrets.ruleFiles {
            let bytes: [UInt8]?
            do {
                bytes = try repository.fileContents(configured.value, at: commit)
            } catch {
                throw .git(error)
            }
            guard let bytes else {
                let path = "\(commit.short):\(configured.value)"
                throw .message(Catalog.rulesConfiguredFileMissing(path, position: configured.position))
            }
            files.append(
                RuleFileBytes(path: configured.value, source: "\(commit.short):\(configured.value)", bytes: bytes))
        }
        return files
    }
}
