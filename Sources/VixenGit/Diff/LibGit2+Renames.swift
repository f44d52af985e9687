import CLibGit2

extension LibGit2 {
    /// Marks renamed files in `diff` with `git_diff_find_similar`, with libgit2's
    /// `rename_limit` set to `renameLimit` (see ``ReadOptions/renameLimit``).
    ///
    /// The flags are set explicitly because libgit2's default reads `diff.renames` from the
    /// user's configuration. `extraFlags` adds `GIT_DIFF_FIND_*` flags to rename detection.
    static func findRenames(in diff: OpaquePointer, renameLimit: Int, extraFlags: UInt32 = 0) throws(GitError) {
        var findOptions = git_diff_find_options()
        git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
        findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue | extraFlags
        findOptions.rename_limit = renameLimit
        try check(git_diff_find_similar(diff, &findOptions), "git_diff_find_similar")
    }
}
