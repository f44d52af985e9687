import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// The checks a scan runs over whole files: size limit, files that hold credentials by their
/// name, and secret values.
///
/// They go through ``CheckEngine`` as in `check`, so severity overrides, allowlists and
/// `vixen-gate:allow` comments work the same way. The checks of changes between commits, such as
/// the migration checks, are left out, because a scan reads files rather than changes.
struct ScanChecks {
    let configuration: Configuration
    /// The custom secret rule files the configuration names.
    let customRules: [RuleFileBytes]
    let environment: [String: String]
    let currentDirectory: String

    /// Loads the built-in and custom secret rules, for scans that call the secret scanner directly.
    func makeScanner() throws(RunFailure) -> SecretScanner {
        do {
            return try secretsCheck.makeScanner(settings: configuration.secrets)
        } catch {
            throw .message(error.message)
        }
    }

    /// Returns the findings in `changes`, sorted by file, line and rule.
    func findings(in changes: ChangeSet) throws(RunFailure) -> [Finding] {
        let engine = CheckEngine(checks: [LargeFileCheck(), SensitiveFileCheck(), secretsCheck])
        do {
            let components = try ComponentResolver(
                configuration: configuration, snapshot: InMemorySnapshot(files: [:]))
            let context = CheckContext(changes: changes, components: components, configuration: configuration)
            return try engine.run(context)
        } catch let error as GitError {
            throw .git(error)
        } catch let error as SecretsError {
            throw .message(error.message)
        } catch {
            throw .message(Catalog.runCheckFailed(String(describing: error)))
        }
    }

    private var secretsCheck: SecretsCheck {
        SecretsCheck(customRuleFiles: customRules, environment: environment, currentDirectory: currentDirectory)
    }
}
