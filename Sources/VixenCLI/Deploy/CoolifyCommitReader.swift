import Dispatch
import VixenConfig
import VixenCoolify
import VixenCore
import VixenDeploy
import VixenGit

/// Reads the commit that an environment runs from its Coolify applications, for `state init`
/// without `--commit`.
///
/// Every application that `coolify.applications` configures for the environment is read with
/// `GET /api/v1/applications/{uuid}` (token scope `read`), and all of them must report the same
/// `git_commit_sha`. A value that names no commit, such as Coolify's `HEAD` for the branch's latest
/// commit, or a commit missing from the local repository stops the run, because recording a guess
/// would make the next deployment start from the wrong place.
struct CoolifyCommitReader {
    /// The commit one application reported.
    struct ApplicationCommit: Equatable {
        let component: Component
        let uuid: String
        let commit: String

        /// The application as messages name it, such as `BE (bkd0g8…)`.
        var label: String { "\(component.name) (\(uuid))" }
    }

    let configuration: Configuration
    let environment: [String: String]
    let transport: any HTTPTransport

    /// Returns the commit that every application of `target`'s environment runs, resolved in
    /// `repository`, and what each application reported.
    ///
    /// - Throws: ``RunFailure`` when Coolify or its applications are not configured, a request
    ///   fails, an application reports no commit, the applications disagree, or the commit is not in
    ///   the repository. Each message tells the user to pass `--commit`.
    func read(target: DeployTarget, repository: Repository) throws(RunFailure) -> (
        commit: ObjectID, applications: [ApplicationCommit]
    ) {
        let name = target.stateTarget.rawValue
        guard let coolify = configuration.coolify else {
            throw .message(Catalog.stateInitNoCoolify(environment: name))
        }
        let applications =
            (Configuration.DeploymentEnvironment(rawValue: name).flatMap { coolify.applications[$0] }
            ?? [:]).sorted { $0.key < $1.key }
        guard !applications.isEmpty else {
            throw .message(Catalog.stateInitNoApplications(environment: name))
        }

        let client: CoolifyClient
        do {
            client = try CoolifyClient(
                configuration: coolify, environment: environment, http: HTTPClient(transport: transport))
        } catch {
            throw .message(error.message)
        }
        var reported: [ApplicationCommit] = []
        for (component, uuid) in applications {
            let application = try fetch(uuid, component: component, client: client)
            let commit = application.gitCommitSHA.trimmingCharacters(in: .whitespaces)
            guard Self.isCommitID(commit) else {
                throw .message(
                    Catalog.stateInitCommitUnknown(component: component.name, application: uuid, value: commit))
            }
            reported.append(ApplicationCommit(component: component, uuid: uuid, commit: commit.lowercased()))
        }

        let commits = Set(reported.map(\.commit))
        guard commits.count == 1, let commit = commits.first else {
            let list = reported.map { "\($0.label): \($0.commit)" }.joined(separator: ", ")
            throw .message(Catalog.stateInitCommitsDisagree(environment: name, applications: list))
        }
        do {
            return (try repository.resolveCommit(commit), reported)
        } catch {
            let labels = reported.map(\.label).joined(separator: ", ")
            throw .message(Catalog.stateInitCommitNotInRepository(commit: commit, applications: labels))
        }
    }

    /// Returns true for a full or abbreviated commit id: 7 to 64 hexadecimal digits.
    ///
    /// Coolify 4 stores `HEAD` when an application follows its branch, and accepts other git
    /// references too. Those name no fixed commit, and resolving them locally could name a
    /// different commit than the one Coolify built.
    static func isCommitID(_ text: String) -> Bool {
        (7...64).contains(text.count) && text.allSatisfy(\.isHexDigit)
    }

    private func fetch(_ uuid: String, component: Component, client: CoolifyClient) throws(RunFailure)
        -> Application
    {
        let result = Self.waitFor { () async throws(CoolifyError) -> Application in
            try await client.application(uuid)
        }
        switch result {
        case .success(let application):
            return application
        case .failure(let error):
            throw .message(
                Catalog.stateInitCoolifyFailed(component: component.name, application: uuid, reason: error.message))
        }
    }

    /// Runs `operation` in a task and blocks the calling thread until it ends.
    ///
    /// The command-line runs are synchronous, and the calling thread is not one of the concurrency
    /// pool's threads, so waiting on it cannot starve the task.
    private static func waitFor<Value: Sendable>(
        _ operation: @escaping @Sendable () async throws(CoolifyError) -> Value
    ) -> Result<Value, CoolifyError> {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(CoolifyError) {
                box.result = .success(try await operation())
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        guard let result = box.result else {
            preconditionFailure("the task signalled before it stored its result")
        }
        return result
    }
}

/// The result of a task, written once by the task before it signals and read after the wait.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var result: Result<Value, CoolifyError>?
}
