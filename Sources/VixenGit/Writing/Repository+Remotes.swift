import CLibGit2

extension Repository {
    /// Returns true when the repository's configuration defines the remote `name`, such as `origin`.
    public func hasRemote(named name: String) throws(GitError) -> Bool {
        var remote: OpaquePointer?
        let code = git_remote_lookup(&remote, handle, name)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            return false
        }
        try LibGit2.check(code, "git_remote_lookup")
        if let remote {
            git_remote_free(remote)
        }
        return true
    }
}
