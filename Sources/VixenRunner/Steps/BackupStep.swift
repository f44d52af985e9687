import VixenCore
import VixenDeploy

/// Backs up the target's database before migrations change it; a failed backup stops the deployment.
struct BackupStep {
    let context: StepContext

    func perform(_ step: PlanStep) -> StepOutcomeDetail {
        let resolved = context.resolved
        guard let folder = resolved.backupFolder else {
            return .failed(Catalog.runnerMissingSettings(["database.backup.folder"]))
        }
        guard let database = resolved.database else {
            // Only a dry run gets here without a URL, and its backup maker does not connect.
            let summary = BackupSummary(file: nil, byteCount: 0, removed: [])
            context.services.events(
                .transcript(
                    Catalog.runnerDryRunBackup(
                        variable: resolved.databaseVariable ?? "", folder: folder.path,
                        keep: context.settings.configuration.database.backup.keep)(context.settings.language) + "\n"))
            context.report(context.lines.backedUp(summary))
            return .succeeded
        }
        do {
            let summary = try context.services.backups.backUp(
                database, into: folder, keep: context.settings.configuration.database.backup.keep)
            context.report(context.lines.backedUp(summary))
            return .succeeded
        } catch {
            return .failed(Catalog.runnerBackupFailed(error.message))
        }
    }
}
