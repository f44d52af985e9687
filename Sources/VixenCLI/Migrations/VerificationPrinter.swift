import VixenCore
import VixenPostgres

/// Prints a verification's progress and report: results on standard output, a scratch database
/// left behind on standard error.
struct VerificationPrinter: Sendable {
    let language: Language
    let console: Console

    func start(url: String, newCount: Int, baseCount: Int) {
        write(Catalog.migrationsVerifyStart(url: url, newCount: newCount, baseCount: baseCount))
    }

    /// Notes the base migrations that the range edits or deletes, which are applied as the base has them.
    func baseVersionsApplied(_ names: [String]) {
        for name in names {
            write(Catalog.migrationsBaseVersionApplied(name))
        }
    }

    func event(_ event: VerificationEvent) {
        switch event {
        case .scratchDatabaseCreated(let name):
            write(Catalog.migrationsScratchCreated(name))
        case .baseMigrationApplied(let name):
            write(Catalog.migrationsBaseApplied(name))
        case .migrationReversible(let name):
            write(Catalog.migrationsReversible(name))
        case .scratchDatabaseDropped(let name):
            write(Catalog.migrationsScratchDropped(name))
        case .scratchDatabaseNotDropped(let name, let reason):
            console.writeError(Catalog.migrationsScratchNotDropped(name, reason: reason)(language) + "\n")
        }
    }

    func report(_ report: VerificationReport) {
        if let failure = report.failure {
            write(message(for: failure))
            let diff = diff(for: failure)
            if !diff.isEmpty {
                console.writeOutput(diff)
            }
        }
        if !report.notVerified.isEmpty {
            write(Catalog.migrationsNotVerified(report.notVerified))
        }
        let total = report.reversible.count + (report.failure == nil ? 0 : 1) + report.notVerified.count
        write(Catalog.migrationsVerifySummary(reversible: report.reversible.count, total: total))
    }

    private func message(for failure: ReversibilityFailure) -> LocalizedText {
        switch failure.kind {
        case .noDownMigration: Catalog.migrationsNoDown(failure.migration)
        case .downChangesSchema: Catalog.migrationsDownChangesSchema(failure.migration)
        case .upAgainChangesSchema: Catalog.migrationsUpAgainChangesSchema(failure.migration)
        }
    }

    private func diff(for failure: ReversibilityFailure) -> String {
        let labels: (old: LocalizedText, new: LocalizedText)
        switch failure.kind {
        case .noDownMigration:
            return ""
        case .downChangesSchema:
            labels = (
                Catalog.migrationsDiffBeforeUp(failure.migration), Catalog.migrationsDiffAfterDown(failure.migration)
            )
        case .upAgainChangesSchema:
            labels = (
                Catalog.migrationsDiffAfterUp(failure.migration), Catalog.migrationsDiffAfterUpAgain(failure.migration)
            )
        }
        return UnifiedDiff.make(
            old: failure.expectedSchema, new: failure.actualSchema, oldLabel: labels.old(language),
            newLabel: labels.new(language))
    }

    private func write(_ text: LocalizedText) {
        console.writeOutput(text(language) + "\n")
    }
}
