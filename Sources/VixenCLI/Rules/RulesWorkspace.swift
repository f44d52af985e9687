import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// The configuration and the folder that `vixen-gate rules` reads custom rule files from.
///
/// The folder is the work tree of the repository that contains the current directory, or the
/// current directory outside a repository. The configuration is `--config FILE` when given,
/// else that folder's `.vixen-gate.yml`, else the default.
struct RulesWorkspace {
    static let configurationFileName = ".vixen-gate.yml"

    let configuration: Configuration
    /// The folder `secrets.rule_files` paths are relative to.
    let root: URL

    static func load(
        explicitConfig: String?, currentDirectory: String, environment: [String: String]
    ) throws(RunFailure) -> RulesWorkspace {
        let current = URL(fileURLWithPath: currentDirectory)
        var root = current
        if let repository = try? Repository.open(
            path: nil, currentDirectory: currentDirectory, environment: environment),
            let workTree = repository.workTree
        {
            root = URL(fileURLWithPath: workTree)
        }

        let url: URL
        let source: String
        if let explicitConfig {
            url = URL(fileURLWithPath: explicitConfig, relativeTo: current)
            source = explicitConfig
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .message(Catalog.runConfigNotFound(explicitConfig))
            }
        } else {
            url = root.appendingPathComponent(configurationFileName)
            source = configurationFileName
            guard FileManager.default.fileExists(atPath: url.path) else {
                return RulesWorkspace(configuration: .default, root: root)
            }
        }

        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw .message(Catalog.runConfigUnreadable(source, reason: error.localizedDescription))
        }
        do {
            return RulesWorkspace(configuration: try Configuration.parse(bytes: bytes, source: source), root: root)
        } catch {
            throw .configuration(error)
        }
    }

    /// Returns the custom rule files the configuration names, read from the work tree.
    func customRuleFiles() throws(RunFailure) -> [RuleFileBytes] {
        var files: [RuleFileBytes] = []
        for configured in configuration.secrets.ruleFiles {
            let url = root.appendingPathComponent(configured.value)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .message(Catalog.rulesConfiguredFileMissing(configured.value, position: configured.position))
            }
            do {
                files.append(
                    RuleFileBytes(
                        path: configured.value, source: configured.value, bytes: Array(try Data(contentsOf: url))))
            } catch {
                throw .message(
                    Catalog.secretsRuleFileUnreadable(path: configured.value, reason: error.localizedDescription))
            }
        }
        return files
    }
}
