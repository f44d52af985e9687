/// The table of the rules that judge each item of the pre-deployment checklist.
///
/// An item with no patterns is for people to confirm. An item whose patterns match no rule that runs
/// is for people too, so an item is never called verified by a check that does not exist yet.
/// README.md shows the same table.
///
/// NOTE: of these rules only `secret.*` runs today, and the two index rules are declared in
/// `MigrationHazard` without a check that reports them yet. The other ids are the ones their check
/// families are to report, listed here so those families can match them. They are `env.*` for
/// environment variables, `checklist.type-hints`, `checklist.console-*`, `checklist.asset-*` and
/// `checklist.docker-*`. `checklist.tests` is to be reported only when `check --run-tests` ran, the
/// four reversibility ids by the migration checks, and `migration.verify-*` only when
/// `migrations verify` ran in the same run.
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
        Entry(item: .noConsoleErrors, patterns: ["checklist.console-*"]),
        Entry(item: .apiIntegrationTested, patterns: []),
        Entry(item: .frontendEnvironmentConfigured, patterns: ["env.*"]),
        Entry(item: .assetsOptimized, patterns: ["checklist.asset-*"]),

        Entry(
            item: .migrationsReversible,
            patterns: [
                "migration.missing-down", "migration.empty-down", "migration.irreversible-operation",
                "migration.noop-down",
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
