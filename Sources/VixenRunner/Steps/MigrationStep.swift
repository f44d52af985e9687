import VixenCore
import VixenDeploy

/// Applies the plan's migrations with `database.migrate.up_command` and records how many it applied,
/// so that a rollback runs the down command exactly that many times.
///
/// NOTE: a failed up command is recorded as having applied none. That holds for Alembic on
/// PostgreSQL, which runs an upgrade in one transaction, but not for tools that commit each
/// migration on its own.
struct MigrationStep {
    let context: StepContext

    func perform(_ step: PlanStep, journal: inout RunJournal) -> StepOutcomeDetail {
        guard let migrate = context.resolved.migrate else {
            return .failed(Catalog.runnerMissingSettings(["database.migrate"]))
        }
        let count = MigrationRevisions.count(context.plan.migrations)
        let outcome: CommandOutcome
        do {
            outcome = try context.services.launcher.run(
                migrate.upCommand, in: context.settings.folder(migrate.workingDirectory),
                database: context.resolved.database,
                urlVariable: context.settings.configuration.database.urlVariable)
        } catch {
            return .failed(Catalog.runnerCommandNotStarted(command: error.command, reason: error.reason))
        }
        guard outcome.succeeded else {
            return .failed(
                Catalog.runnerMigrationFailed(
                    command: migrate.upCommand, status: outcome.status, output: outcome.tail()))
        }
        journal.appliedMigrations = count
        context.report(context.lines.migrated(count: count))
        return .succeeded
    }
}
