import CLibGit2
import VixenCore

extension Repository {
    /// Reads the index against HEAD: what `git diff --cached` shows.
    public func readStaged(options: ReadOptions = ReadOptions()) throws(GitError) -> [FileChange] {
        let index = try openIndex()
        defer { git_index_free(index) }
        let head = try Tree(repository: self, commit: try resolveCommitOID("HEAD"))
        var diffOptions = WorkingDiff.options(for: options, untracked: false)
        var diff: OpaquePointer?
        try LibGit2.check(
            git_diff_tree_to_index(&diff, handle, head.handle, index, &diffOptions), "git_diff_tree_to_index")
        return try WorkingDiff(diff: diff, options: options, untracked: false).fileChanges()
    }

    /// Reads the work tree against the index, untracked files that git does not ignore included:
    /// what `git diff` and `git status --untracked-files=all` show together.
    public func readWorktree(options: ReadOptions = ReadOptions()) throws(GitError) -> [FileChange] {
        let index = try openIndex()
        defer { git_index_free(index) }
        var diffOptions = WorkingDiff.options(for: options, untracked: true)
        var diff: OpaquePointer?
        try LibGit2.check(
            git_diff_index_to_workdir(&diff, handle, index, &diffOptions), "git_diff_index_to_workdir")
        return try WorkingDiff(diff: diff, options: options, untracked: true).fileChanges()
    }

    /// Opens the index, rejecting formats libgit2 1.5.1 misreads.
    func openIndex() throws(GitError) -> OpaquePointer {
        guard workTree != nil else {
            throw .noWorkTree(path: displayPath)
        }
        // git 2.40 and later can write the index without its trailing checksum. libgit2 reads
        // such an index from 1.8 on, and 1.5.1 reports a checksum mismatch instead.
        if try RepositoryConfig(repository: self).bool("index.skiphash") == true {
            throw .unsupported(.indexSkipHash)
        }
        var index: OpaquePointer?
        let code = git_repository_index(&index, handle)
        guard code == 0, let index else {
            let failure = LibGit2.error(code, "git_repository_index")
            if case .library(_, _, let message) = failure, message.contains("checksum") {
                throw .unsupported(.indexSkipHash)
            }
            throw failure
        }
        return index
    }
}
