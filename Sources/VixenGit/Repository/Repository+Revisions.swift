import CLibGit2
import VixenCore

extension Repository {
    /// Resolves a revision as git does (`HEAD~3`, a branch, a tag, `@{upstream}`, a full or short
    /// id) to the commit it names, peeling tags.
    public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        try resolveCommitOID(revision).objectID
    }

    func resolveCommitOID(_ revision: String) throws(GitError) -> git_oid {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        guard code == 0, let object else {
            if code == GIT_ENOTFOUND.rawValue || code == GIT_EAMBIGUOUS.rawValue
                || code == GIT_EINVALIDSPEC.rawValue || code == GIT_EUNBORNBRANCH.rawValue
            {
                throw .unknownRevision(revision, isShallow: isShallow)
            }
            throw LibGit2.error(code, "git_revparse_single")
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0, let commit else {
            throw .notACommit(revision)
        }
        defer { git_object_free(commit) }
        return git_object_id(commit).pointee
    }

    /// Returns the commit HEAD points at; throws for an empty repository or an unborn branch.
    public func headCommit() throws(GitError) -> ObjectID {
        try requireHead()
        return try resolveCommit("HEAD")
    }

    /// Picks the commit the default range starts from, and the name it was found under.
    ///
    /// Tries HEAD's upstream branch, then `origin/HEAD`, then `main` and `master` (local
    /// branches before their `origin` copies). The range then starts at the merge-base of
    /// that commit and HEAD.
    public func defaultBaseRevision() throws(GitError) -> (name: String, commit: ObjectID) {
        var candidates: [String] = []
        if headBranchName != nil, !isHeadDetached {
            candidates.append("@{upstream}")
        }
        candidates += [
            "refs/remotes/origin/HEAD", "refs/heads/main", "refs/remotes/origin/main",
            "refs/heads/master", "refs/remotes/origin/master",
        ]
        for candidate in candidates {
            if let commit = try? resolveCommit(candidate) {
                return (candidate, commit)
            }
        }
        throw .noDefaultBase
    }
}
