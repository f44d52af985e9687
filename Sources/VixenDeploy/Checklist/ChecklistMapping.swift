import VixenCore

/// The table of the rules that judge each item of the pre-deployment checklist, and of what those
/// rules need in a range to judge it.
///
/// An item with no patterns is for people to confirm. An item whose patterns match no rule that runs
/// is for people too, so an item is never called verified by a check that does not run. An item whose
/// subject the range lacks is not applicable. README.md shows the same table, and a test compares the
/// two.
///
/// NOTE: `checklist.tests` is reported only when `check --run-tests` or `plan --run-tests` ran a test
/// command, so "Unit and integration tests pass" depends on the test commands, not on a subject.
public enum ChecklistMapping {
    public struct Entry: Sendable {
        public let item: ChecklistItemID
        public let patterns: [RulePattern]
        /// The subject the range must contain for the item to apply, or nil for an item that applies
        /// to every range.
        public let subject: ChecklistSubject?
        /// The component whose files the item judges, or nil for an item that judges the whole range.
        ///
        /// A finding counts for such an item when its file belongs to that component, or to no
        /// component in ``scopedComponents``, such as a root `.env.example` or a compose file.
        public let component: Component?

        init(
            item: ChecklistItemID, patterns: [RulePattern], subject: ChecklistSubject? = nil,
            component: Component? = nil
        ) {
            self.item = item
            self.patterns = patterns
            self.subject = subject
            self.component = component
        }

        /// Returns whether the rule judges this item.
        public func judges(_ rule: RuleID) -> Bool {
            patterns.contains { $0.matches(rule) }
        }
    }

    public static let entries: [Entry] = [
        Entry(item: .testsPass, patterns: ["checklist.tests"]),
        Entry(item: .typeHints, patterns: ["checklist.type-hints"], subject: .backendPython),
        Entry(
            item: .backendEnvironmentDocumented, patterns: ["env.*"], subject: .componentFile(.backend),
            component: .backend),
        Entry(item: .migrationsTested, patterns: [], subject: .migration),
        Entry(item: .noHardcodedSecrets, patterns: ["secret.*"], subject: .anyFile),

        Entry(item: .buildSucceeds, patterns: []),
        Entry(
            item: .noConsoleErrors, patterns: ["checklist.console-*", "checklist.debugger"], subject: .frontendSource),
        Entry(item: .apiIntegrationTested, patterns: []),
        Entry(
            item: .frontendEnvironmentConfigured, patterns: ["env.*"], subject: .componentFile(.frontend),
            component: .frontend),
        Entry(item: .assetsOptimized, patterns: ["checklist.asset-*", "checklist.source-map"], subject: .servedAsset),

        Entry(
            item: .migrationsReversible,
            patterns: [
                "migration.missing-down", "migration.empty-down", "migration.raising-down",
                "migration.irreversible-operation", "migration.noop-down",
            ],
            subject: .migration),
        Entry(item: .backupTaken, patterns: [], subject: .migration),
        Entry(
            item: .indexesChecked, patterns: ["migration.foreign-key-without-index", "migration.index-not-concurrent"],
            subject: .migration),
        Entry(item: .queryPerformance, patterns: []),

        Entry(item: .imagesOptimized, patterns: ["checklist.docker-*"], subject: .dockerfile),
        Entry(item: .healthChecksConfigured, patterns: ["checklist.docker-healthcheck"], subject: .dockerfile),
        Entry(item: .logsReachable, patterns: []),
        // The sensitive-file rules, whose ids all end in `-file`: `.env` files, private keys, key
        // stores, registry credentials, kubeconfigs and cloud credentials.
        Entry(item: .secretsInCoolify, patterns: ["secret.*-file"], subject: .anyFile),
        Entry(item: .rollbackPlanReady, patterns: []),
    ]

    /// The components that have items of their own, whose findings count only for those items.
    public static let scopedComponents: Set<Component> = Set(entries.compactMap(\.component))

    /// Returns the entry of an item.
    public static func entry(for item: ChecklistItemID) -> Entry {
        guard let entry = entries.first(where: { $0.item == item }) else {
            preconditionFailure("ChecklistMapping.entries lacks \(item.rawValue)")
        }
        return entry
    }
}
