/// The table of the rules that judge each item of the pre-deployment checklist.
///
/// An item with no patterns is for people to confirm. An item whose patterns match no rule that runs
/// is for people too, so an item is never called verified by a check that does not exist yet.
/// README.md shows the same table.
///
/// NOTE: `env.*` names the environment-variable checks, which do not exist yet, so those items stay
/// for people to confirm until they do. `checklist.tests` is reported only when `check --run-tests`
/// or `plan --run-tests` ran a test command, and `migration.verify-*` only when `migrations verify`
/// ran in the same run, which the plan does not do today.
public enum ChecklistMapping {
    public struct Entry: Sendable {
        public let item: ChecklistItemID
        public let patterns: [RulePattern]
    }

    public static let entries: [Entry] = [
        Entry(item: .testsPass, patterns: ["checklist.tests"]),
        Entry(item: .typeHints, patterns: ["checklist.type-hints"]),
        Entry(item: .backendEnvironmentDocumented, patterns: ["env.*"]),
        Entry(item: .migrationsTested, patterns: ["migration.verify-*"]),
        Entry(item: .noHardcodedSecrets, patterns: ["secret.*"]),

        Entry(item: .buildSucceeds, patterns: []),
        Entry(item: .noConsoleErrors, patterns: ["checklist.console-*", "checklist.debugger"]),
        Entry(item: .apiIntegrationTested, patterns: []),
        Entry(item: .frontendEnvironmentConfigured, patterns: ["env.*"]),
        Entry(item: .assetsOptimized, patterns: ["checklist.asset-*", "checklist.source-map"]),

        Entry(
            item: .migrationsReversible,
            patterns: [
                "migration.missing-down", "migration.empty-down", "migration.raising-down",
                "migration.irreversible-operation", "migration.noop-down",
            ]),
        Entry(item: .backupTaken, patterns: []),
        Entry(
            item: .indexesChecked, patterns: ["migration.foreign-key-without-index", "migration.index-not-concurrent"]),
        Entry(item: .queryPerformance, patterns: []),

        Entry(item: .imagesOptimized, patterns: ["checklist.docker-*"]),
        Entry(item: .healthChecksConfigured, patterns: ["checklist.docker-healthcheck"]),
        Entry(item: .logsReachable, patterns: []),
        // The sensitive-file rules, whose ids all end in `-file`: `.env` files, private keys, key
        // stores, registry credentials, kubeconfigs and cloud credentials.
        Entry(item: .secretsInCoolify, patterns: ["secret.*-file"]),
        Entry(item: .rollbackPlanReady, patterns: []),
    ]
}
