import Foundation
import VixenCore
import VixenGit
import VixenReport

/// One `vixen-gate hook <command>`.
struct HookRun {
    let action: HookAction
    let language: Language
    let environment: [String: String]
    let currentDirectory: String
    let console: Console
    var input: StandardInput = .process
    /// Returns the absolute path of the running vixen-gate, which `hook install` writes into the hook.
    var executablePath: @Sendable () -> String? = { RunningExecutable.path() }

    /// Returns the exit status: 0 when nothing blocks or the install succeeded, 1 when a finding
    /// blocks.
    func execute() throws(RunFailure) -> Int32 {
        switch action {
        case .prePush(let remote, let url):
            let updates = try readUpdates(.prePush, command: "vixen-gate hook pre-push")
            let repository = try openRepository()
            let planner = RangePlanner(history: repository)
            var refs: [PlannedRef] = []
            for update in updates {
                refs.append(
                    PlannedRef(
                        name: update.ref,
                        plan: try git { () throws(GitError) in
                            try planner.planPush(update, remote: remote)
                        }))
            }
            return try pushCheck(repository, side: .pushing).run(
                refs, heading: Catalog.hookCheckingPush(remote: remote, url: url))

        case .preReceive:
            let updates = try readUpdates(.preReceive, command: "vixen-gate hook pre-receive")
            let repository = try openRepository()
            let planner = RangePlanner(history: repository)
            var refs: [PlannedRef] = []
            for update in updates {
                refs.append(
                    PlannedRef(
                        name: update.ref,
                        plan: try git { () throws(GitError) in
                            try planner.planReceive(update)
                        }))
            }
            return try pushCheck(repository, side: .receiving).run(refs, heading: Catalog.hookCheckingReceive())

        case .preCommit:
            guard let request = PreCommitRequest(environment: environment) else {
                throw .message(Catalog.hookPreCommitMissingRefs())
            }
            let repository = try openRepository()
            let plan = try git { () throws(GitError) in
                let to = try repository.resolveCommit(request.to)
                let from = try request.from.map { revision throws(GitError) in try repository.resolveCommit(revision) }
                return try RangePlanner(history: repository).planPreCommit(from: from, to: to, remote: request.remote)
            }
            return try pushCheck(repository, side: .pushing).run(
                [PlannedRef(name: request.label, plan: plan)],
                heading: Catalog.hookCheckingPreCommit(remote: request.remote))

        case .install(let hooksPath):
            guard let executable = executablePath() else {
                throw .message(Catalog.hookInstallNoExecutable())
            }
            let messages = try makeInstaller().install(executable: executable, intoHooksPath: hooksPath)
            for message in messages {
                console.writeOutput(message(language) + "\n")
            }
            return 0

        case .uninstall:
            for message in try makeInstaller().uninstall() {
                console.writeOutput(message(language) + "\n")
            }
            return 0
        }
    }

    /// Reads and parses standard input.
    ///
    /// A terminal is rejected, because the read would wait for lines that only git writes.
    private func readUpdates(_ format: HookInputFormat, command: String) throws(RunFailure) -> [RefUpdate] {
        guard !input.isTerminal else {
            throw .message(Catalog.hookInputIsTerminal(command))
        }
        let text = String(decoding: input.readAll(), as: UTF8.self)
        do {
            return try HookInputParser.parse(text, format: format)
        } catch {
            throw .message(error.message)
        }
    }

    /// Opens the repository git runs the hook in, from `GIT_DIR` and its companions when git set
    /// them, else from the current directory.
    private func openRepository() throws(RunFailure) -> Repository {
        try git { () throws(GitError) in
            try Repository.open(path: nil, currentDirectory: currentDirectory, environment: environment)
        }
    }

    private func pushCheck(_ repository: Repository, side: PushCheck.Side) -> PushCheck {
        let color = TerminalColor.shouldColor(
            choice: .auto, isTerminal: isatty(STDERR_FILENO) == 1, environment: environment)
        return PushCheck(
            repository: repository, side: side, language: language, currentDirectory: currentDirectory,
            console: console, color: color)
    }

    /// Opens the repository whose hooks to change.
    ///
    /// `hook install` has no `--repo`, so the message for a folder outside a repository says where to
    /// run it instead.
    private func makeInstaller() throws(RunFailure) -> HookInstaller {
        let repository: Repository
        do {
            repository = try Repository.open(path: nil, currentDirectory: currentDirectory, environment: environment)
        } catch .notARepository(let path) {
            throw .message(Catalog.hookInstallNotARepository(path))
        } catch {
            throw .git(error)
        }
        let location = try git { () throws(GitError) in try HooksLocation(repository: repository) }
        return HookInstaller(location: location)
    }
}
