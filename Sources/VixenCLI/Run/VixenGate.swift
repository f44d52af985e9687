import VixenCore
import VixenGit
import VixenPostgres

/// The program: parses the arguments, runs the chosen command and returns the exit status.
public enum VixenGate {
    /// Runs `vixen-gate` with `arguments` (without the program name).
    ///
    /// Exit statuses: 0 when nothing blocks, 1 when a finding blocks, 2 when the command could
    /// not run (a usage error, an unreadable repository or configuration, a failed check).
    public static func run(
        arguments: [String], environment: [String: String], currentDirectory: String, console: Console
    ) -> Int32 {
        let invocation = VixenGateCommandLine.parse(arguments, environment: environment)
        let language = invocation.language
        let command: ParsedCommand
        switch invocation.command {
        case .failure(let error):
            // A database URL typed where another argument belongs is quoted in the error.
            let message = DatabaseURL.redactingURLs(in: error.message(language))
            console.writeError(Catalog.runErrorPrefix()(language) + message + "\n")
            return error.exitStatus
        case .success(let parsed):
            command = parsed
        }

        // Each command plugs in the run it builds, and the run's failure is reported in one place below.
        let execute: () throws(RunFailure) -> Int32
        switch command {
        case .version:
            console.writeOutput(
                Catalog.runVersion(VixenGateVersion.current, libgit2: Repository.libgit2Version)(language) + "\n")
            return 0
        case .help(let topic):
            do {
                console.writeOutput(try VixenGateCommandLine.helpText(for: topic, language: language) + "\n")
                return 0
            } catch {
                console.writeError(error.message(language) + "\n")
                return error.exitStatus
            }
        case .check(let options):
            let run = CheckRun(
                options: options, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        case .plan(let options):
            let run = PlanRun(
                options: options, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        case .scan(let options):
            let run = ScanRun(
                options: options, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        case .deploy, .status, .state:
            execute = { () throws(RunFailure) -> Int32 in
                try DeployCommandRun.execute(
                    command, language: language, environment: environment, currentDirectory: currentDirectory,
                    console: console)
            }
        case .rules(let request):
            let run = RulesRun(
                request: request, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        case .migrations(let request):
            let run = MigrationsRun(
                request: request, language: language, environment: environment, currentDirectory: currentDirectory,
                console: console)
            execute = run.execute
        case .env(let options):
            let run = EnvRun(
                options: options, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        case .baseline(let options):
            let run = BaselineRun(
                options: options, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        case .hook(let action):
            let run = HookRun(
                action: action, language: language, environment: environment,
                currentDirectory: currentDirectory, console: console)
            execute = run.execute
        }
        return exitStatus(of: execute, language: language, console: console)
    }

    /// Runs a command and returns its exit status, or prints why it could not run and returns 2.
    private static func exitStatus(
        of execute: () throws(RunFailure) -> Int32, language: Language, console: Console
    ) -> Int32 {
        do {
            return try execute()
        } catch {
            console.writeError(Catalog.runErrorPrefix()(language) + error.text(language) + "\n")
            return RunFailure.exitStatus
        }
    }
}
