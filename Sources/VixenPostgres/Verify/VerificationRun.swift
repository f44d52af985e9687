import Foundation

/// The steps of one verification on an existing scratch database.
struct VerificationRun {
    let verifier: MigrationVerifier
    /// A client of the scratch database.
    let scratch: PostgresClient
    let scratchName: String
    let server: PostgresVersion?

    func execute(base: [Migration], new: [Migration]) throws(PostgresError) -> VerificationReport {
        for migration in base {
            try apply(migration.up, step: .applyBase, migration: migration.name)
            verifier.onEvent(.baseMigrationApplied(migration.name))
        }

        var reversible: [String] = []
        var before = try dump(step: .dumpBeforeUp, migration: new.first?.name ?? "")
        for (index, migration) in new.enumerated() {
            if let failure = try verifyOne(migration, before: &before) {
                return report(
                    base: base, reversible: reversible, failure: failure,
                    notVerified: new[(index + 1)...].map(\.name))
            }
            reversible.append(migration.name)
            verifier.onEvent(.migrationReversible(migration.name))
        }
        return report(base: base, reversible: reversible, failure: nil, notVerified: [])
    }

    /// Runs up, down and up again, comparing the schema after each; `before` becomes the schema
    /// after the migration.
    ///
    /// - Returns: The failure, or nil when the migration is reversible.
    private func verifyOne(_ migration: Migration, before: inout String) throws(PostgresError)
        -> ReversibilityFailure?
    {
        guard let down = migration.down else {
            return ReversibilityFailure(
                migration: migration.name, kind: .noDownMigration, expectedSchema: "", actualSchema: "")
        }
        try apply(migration.up, step: .up, migration: migration.name)
        let afterUp = try dump(step: .dumpAfterUp, migration: migration.name)
        try apply(down, step: .down, migration: migration.name)
        let afterDown = try dump(step: .dumpAfterDown, migration: migration.name)
        guard afterDown == before else {
            return ReversibilityFailure(
                migration: migration.name, kind: .downChangesSchema, expectedSchema: before,
                actualSchema: afterDown)
        }
        try apply(migration.up, step: .upAgain, migration: migration.name)
        let afterUpAgain = try dump(step: .dumpAfterUpAgain, migration: migration.name)
        guard afterUpAgain == afterUp else {
            return ReversibilityFailure(
                migration: migration.name, kind: .upAgainChangesSchema, expectedSchema: afterUp,
                actualSchema: afterUpAgain)
        }
        before = afterUp
        return nil
    }

    private func apply(_ action: MigrationAction, step: VerificationStep, migration: String) throws(PostgresError) {
        let failure: ToolFailure?
        switch action {
        case .sqlFile(let path):
            let file = URL(fileURLWithPath: path, relativeTo: verifier.options.workingDirectory)
            if case .failure(let error) = try scratch.runFile(file.path) {
                failure = error
            } else {
                failure = nil
            }
        case .command(let command):
            let runner = CommandRunner(
                urlVariable: verifier.options.urlVariable, inheritedEnvironment: verifier.environment,
                cancellation: verifier.cancellation)
            let result = try runner.run(command, in: verifier.options.workingDirectory, url: scratch.url)
            failure = result.succeeded ? nil : result.failure
        }
        try stopIfCancelled()
        if let failure {
            throw .stepFailed(step: step, migration: migration, failure: failure)
        }
    }

    private func dump(step: VerificationStep, migration: String) throws(PostgresError) -> String {
        let result = try scratch.dumpSchema(excludingTables: verifier.options.ignoredTables)
        try stopIfCancelled()
        switch result {
        case .success(let text):
            return SchemaDump.normalize(text)
        case .failure(let failure):
            if let mismatch = try scratch.versionMismatch(server: server) {
                throw mismatch
            }
            throw .stepFailed(step: step, migration: migration, failure: failure)
        }
    }

    /// Throws once cancelled; the verifier turns the error into an interruption after the drop.
    private func stopIfCancelled() throws(PostgresError) {
        if verifier.cancellation?.isCancelled == true {
            throw .interrupted(scratchDatabase: scratchName, dropped: false)
        }
    }

    private func report(base: [Migration], reversible: [String], failure: ReversibilityFailure?, notVerified: [String])
        -> VerificationReport
    {
        VerificationReport(
            scratchDatabase: scratchName, baseMigrations: base.map(\.name), reversible: reversible,
            failure: failure, notVerified: notVerified)
    }
}
