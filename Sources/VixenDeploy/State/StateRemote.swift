import Foundation
import VixenCore

/// The remote that shares the deploy state, reached through the `git` program.
///
/// git handles the network and the credentials: `git fetch` brings the state references and
/// `git push --atomic --force-with-lease` sends them back only if the remote still has the values
/// this run fetched. All reading and writing of the references and notes themselves happens
/// locally through libgit2.
public struct StateRemote: Sendable {
    /// The refspecs that mirror the remote's state into this repository: the deployed references
    /// and locks under `refs/vixen-gate/`, and the state notes under `refs/notes/vixen-gate/`.
    public static let fetchRefspecs = [
        "+refs/vixen-gate/*:refs/vixen-gate/*",
        "+" + DeployTarget.notesReferencePrefix + "*:" + DeployTarget.notesReferencePrefix + "*",
    ]

    /// The remote's name, such as `origin`.
    public let name: String
    let git: GitCommandLine

    /// Makes the local state references equal to the remote's, deleting local ones the remote no
    /// longer has, such as a released lock.
    ///
    /// NOTE: the pruning also deletes local state that the remote never had, such as a deployment
    /// recorded before the remote was added. The README says to push such state first.
    public func fetch() throws(DeployStateError) {
        let arguments = ["fetch", "--quiet", "--prune", "--no-tags", "--no-write-fetch-head", name]
        try run(arguments + Self.fetchRefspecs, command: "git fetch")
    }

    /// Pushes `updates` all at once, each only if the remote still has its expected value.
    ///
    /// - Throws: ``DeployStateError/remoteMoved(remote:references:)`` when a lease fails, so
    ///   nothing was pushed.
    public func push(_ updates: [RemoteUpdate]) throws(DeployStateError) {
        guard !updates.isEmpty else {
            return
        }
        var arguments = ["push", "--atomic", "--porcelain", "--no-verify"]
        for update in updates {
            arguments.append("--force-with-lease=\(update.reference):\(update.expected?.hex ?? "")")
        }
        arguments.append(name)
        for update in updates {
            arguments.append("\(update.new?.hex ?? ""):\(update.reference)")
        }
        let result = try launch(arguments, command: "git push")
        guard result.status != 0 else {
            return
        }
        // With --porcelain, a failed lease shows as a rejected line with "stale info".
        if result.output.contains("stale info") || result.errorOutput.contains("stale info") {
            throw .remoteMoved(remote: name, references: updates.map(\.reference))
        }
        throw failure("git push", result)
    }

    private func run(_ arguments: [String], command: String) throws(DeployStateError) {
        let result = try launch(arguments, command: command)
        guard result.status == 0 else {
            throw failure(command, result)
        }
    }

    private func launch(_ arguments: [String], command: String) throws(DeployStateError) -> GitCommandLine.Result {
        do {
            return try git.run(arguments)
        } catch {
            throw .remoteCommandFailed(command: command, status: -1, output: String(describing: error))
        }
    }

    private func failure(_ command: String, _ result: GitCommandLine.Result) -> DeployStateError {
        let text = (result.errorOutput + result.output).trimmingCharacters(in: .whitespacesAndNewlines)
        // A server's hooks write lines of their own, so each line is escaped like any outside text.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line).escapingControlCharacters()
        }
        let output = CredentialRedaction.redact(lines.joined(separator: "\n"))
        return .remoteCommandFailed(command: command, status: result.status, output: output)
    }
}
