import Foundation
import VixenConfig
import VixenCore

/// `secret.*` (error unless the rule sets another severity): a secret value in an added line.
///
/// The rules are the built-in files plus the custom files the `secrets` section names, and
/// their compiled database is cached between runs. Every added line of every commit is scanned,
/// then the index and the work tree, and each distinct secret is reported once per file, for
/// the first commit that added it. Messages name the rule and show only a redacted form of
/// the value.
public struct SecretsCheck: Check {
    /// The custom rule files the configuration names, read by the caller from wherever that
    /// configuration came from (the range's base, or the work tree).
    public let customRuleFiles: [RuleFileBytes]
    /// The environment that locates the default cache folder, or nil for the process's own.
    public let environment: [String: String]?
    /// The folder a relative `cache_dir` is resolved against, or nil for the current directory.
    public let currentDirectory: String?
    /// The salt of the baseline the findings are compared with or written to, or nil when there
    /// is no baseline.
    ///
    /// With a salt, each finding's value carries its ``BaselineSecretHash``.
    public let baselineSalt: [UInt8]?

    public init(
        customRuleFiles: [RuleFileBytes] = [], environment: [String: String]? = nil, currentDirectory: String? = nil,
        baselineSalt: [UInt8]? = nil
    ) {
        self.customRuleFiles = customRuleFiles
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.baselineSalt = baselineSalt
    }

    public func run(_ context: CheckContext) throws -> [Finding] {
        let settings = context.configuration.secrets
        let scanner = try makeScanner(settings: settings)
        let scan = ChangeSetScan(
            scanner: scanner, settings: settings, maximumThreads: ProcessInfo.processInfo.activeProcessorCount,
            baselineSalt: baselineSalt)
        return try scan.findings(in: context.changes)
    }

    /// Loads the built-in and custom rules and compiles them, through the cache when there is one.
    public func makeScanner(settings: Configuration.Secrets) throws(SecretsError) -> SecretScanner {
        let files = try BuiltInRules.files() + customFiles(settings)
        let parsed = RuleFileParser.parse(files)
        guard parsed.isValid else {
            let errors = parsed.problems.filter { $0.level == .error }
            throw SecretsError(kind: .invalidRules(errors), message: Catalog.secretsInvalidRules(errors.map(\.line)))
        }
        return try SecretScanner(rules: parsed.rules, settings: settings, cache: cache(settings))
    }

    /// Returns the configured custom files, in the configuration's order.
    ///
    /// - Throws: ``SecretsError`` when a configured file was not handed to this check, because
    ///   scanning without a rule the team asked for would pass what it should block.
    private func customFiles(_ settings: Configuration.Secrets) throws(SecretsError) -> [RuleFileBytes] {
        var files: [RuleFileBytes] = []
        var missing: [String] = []
        for configured in settings.ruleFiles {
            if let file = customRuleFiles.first(where: { $0.path == configured.value }) {
                files.append(file)
            } else {
                missing.append(configured.value)
            }
        }
        guard missing.isEmpty else {
            throw SecretsError(
                kind: .customRulesUnavailable(missing), message: Catalog.secretsCustomRulesUnavailable(missing))
        }
        return files
    }

    private func cache(_ settings: Configuration.Secrets) -> DatabaseCache? {
        let directory = DatabaseCache.directory(
            configured: settings.cacheDirectory,
            environment: environment ?? ProcessInfo.processInfo.environment,
            currentDirectory: currentDirectory ?? FileManager.default.currentDirectoryPath)
        return directory.map(DatabaseCache.init(directory:))
    }
}
