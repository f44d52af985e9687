import VixenCore
import VixenDeploy
import VixenGit

/// Runs `body` and turns its libgit2 error into a run failure, which exits with status 2 and
/// prints libgit2's message in the user's language.
func git<Result>(_ body: () throws(GitError) -> Result) throws(RunFailure) -> Result {
    do {
        return try body()
    } catch {
        throw .git(error)
    }
}

/// Runs `body` and turns its deploy-state error into a run failure with the error's message.
func state<Result>(_ body: () throws(DeployStateError) -> Result) throws(RunFailure) -> Result {
    do {
        return try body()
    } catch {
        throw .message(error.message)
    }
}
