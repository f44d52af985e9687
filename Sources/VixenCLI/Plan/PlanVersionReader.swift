import VixenCore
import VixenDeploy
import VixenGit

/// Reads the release tags and commit messages that decide a plan's version.
struct PlanVersionReader {
    let repository: Repository

    /// Returns the version after the highest `vX.Y.Z` tag that `head` reaches, counted from the messages
    /// of the commits since, or the first release when `head` reaches no such tag.
    ///
    /// - Throws: ``GitError/shallowBoundary(commit:commitsRead:)`` when a shallow clone lacks the
    ///   history that would show the tag or the commits since it.
    func decide(head: ObjectID) throws(GitError) -> VersionDecision {
        let releases = try repository.tags().compactMap { tag in ReleaseTag(name: tag.name, commit: tag.commit) }
        let reachable = try repository.reachableCommits(among: Set(releases.map(\.commit)), from: head)
        guard let latest = ReleaseTag.latest(among: releases.filter { reachable.contains($0.commit) }) else {
            return .firstRelease
        }
        let commits = try repository.commitMessages(head: head, hiding: [latest.commit]).map { commit in
            ReleaseCommit(message: commit.message, isMerge: commit.isMerge)
        }
        return .next(after: latest, commits: commits)
    }
}
