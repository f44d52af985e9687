import Foundation
import VixenConfig
import VixenCore
import VixenGit
import VixenPostgres

/// One `vixen-gate migrations` command.
struct MigrationsRun {
    let request: MigrationsRequest
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    /// Returns the exit status: 0 when every new migration is reversible, 1 when one is not.
    func execute() throws(RunFailure) -> Int32 {
        switch request {
        case .verify(let options):
            return try MigrationsVerifyRun(
                options: options, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console
            ).execute()
        }
    }
}

/// One `vixen-gate migrations verify`: plan the range's migrations, verify them on a scratch
/// database, print the report.
struct MigrationsVerifyRun {
    let options: MigrationsVerifyOptions
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    func execute() throws(RunFailure) -> Int32 {
        let url = try databaseURL()
        let repository = try git { () throws(GitError) in
            try Repository.open(path: options.repo, currentDirectory: currentDirectory, environment: environment)
        }
        let range = try git { () throws(GitError) in
            try RangeSelection.resolve(repository, base: options.base, head: options.head)
        }
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        let configuration = try source.load(base: range.base, head: range.head)
        let database = configuration.database

        let folder = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try VerifyInputPlanner(
            repository: repository, range: range, configuration: configuration, folder: folder
        ).plan()
        guard !input.new.isEmpty else {
            let base = range.base?.short ?? "-"
            console.writeOutput(Catalog.migrationsNothingToVerify(base: base, head: range.head.short)(language) + "\n")
            return 0
        }

        let tools = try postgres { () throws(PostgresError) in
            try PostgresTools.locate(
                configuredFolder: toolsFolder(database, repository: repository), environment: environment)
        }
        let printer = VerificationPrinter(language: language, console: console)
        let cancellation = Cancellation()
        let verifier = MigrationVerifier(
            url: url, tools: tools,
            options: VerificationOptions(
                allowExistingTables: options.allowExisting, workingDirectory: input.workingDirectory,
                urlVariable: database.urlVariable),
            environment: childEnvironment, cancellation: cancellation, onEvent: printer.event)

        printer.start(url: url.description, newCount: input.new.count, baseCount: input.base.count)
        printer.baseVersionsApplied(input.baseVersionsApplied)
        let report = try InterruptTrap.run(cancelling: cancellation) { () throws(RunFailure) in
            try postgres { () throws(PostgresError) in try verifier.verify(base: input.base, new: input.new) }
        }
        printer.report(report)
        return report.passed ? 0 : 1
    }

    /// The URL from `--database-url`, else from `VIXEN_GATE_DATABASE_URL`.
    private func databaseURL() throws(RunFailure) -> DatabaseURL {
        let variable = MigrationsVerifyOptions.urlVariable
        guard let text = options.databaseURL ?? environment[variable].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw .message(Catalog.migrationsMissingURL(variable: variable))
        }
        do {
            return try DatabaseURL(parsing: text)
        } catch {
            throw .message(error.message)
        }
    }

    /// The environment of the tools and commands: this program's, without the URL variable,
    /// because commands get the scratch database's URL and never the one that was verified against.
    private var childEnvironment: [String: String] {
        var environment = environment
        environment[MigrationsVerifyOptions.urlVariable] = nil
        return environment
    }

    /// `--pg-bin` relative to the current directory, else `database.pg_bin` relative to the
    /// repository's root, else nil to search.
    private func toolsFolder(_ database: Configuration.Database, repository: Repository) -> String? {
        if let pgBin = options.pgBin {
            return URL(fileURLWithPath: pgBin, relativeTo: URL(fileURLWithPath: currentDirectory)).path
        }
        guard let configured = database.pgBin else {
            return nil
        }
        let root = URL(fileURLWithPath: repository.workTree ?? currentDirectory)
        return URL(fileURLWithPath: configured, relativeTo: root).path
    }

    private func makeScratchFolder() throws(RunFailure) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vixen-gate-verify-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .message(Catalog.migrationsExportFailed(path: folder.path, reason: error.localizedDescription))
        }
        return folder
    }

    private func postgres<Result>(_ body: () throws(PostgresError) -> Result) throws(RunFailure) -> Result {
        do {
            return try body()
        } catch {
            throw .message(error.message)
        }
    }
}
