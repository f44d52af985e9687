import CLibGit2

/// The rules by which `git status` leaves files of a work tree out: the `.gitignore` files,
/// `.git/info/exclude` and `core.excludesFile`.
///
/// As in `git status`, a file that the index tracks is never ignored, even when a rule matches it,
/// and neither is a folder that contains a tracked file.
///
/// Not safe to share across threads, like the repository it reads.
public final class IgnoreRules {
    private let repository: Repository
    private let index: OpaquePointer

    /// The work tree's root, with a trailing `/`.
    public let workTree: String

    /// Reads the rules of `repository`'s work tree.
    ///
    /// - Throws: ``GitError/noWorkTree(path:)`` for a bare repository, and the index errors of
    ///   ``Repository/readWorktree(options:)``.
    public init(repository: Repository) throws(GitError) {
        guard let workTree = repository.workTree else {
            throw .noWorkTree(path: repository.displayPath)
        }
        self.repository = repository
        self.workTree = workTree.hasSuffix("/") ? workTree : workTree + "/"
        self.index = try repository.openIndex()
    }

    deinit {
        git_index_free(index)
    }

    /// Returns whether git ignores the file or folder at `path` and tracks nothing there.
    ///
    /// - Parameters:
    ///   - path: The path relative to the work tree's root, with `/` separators and no leading `./`.
    ///   - isDirectory: True for a folder. Rules written with a trailing `/`, such as `build/`,
    ///     apply to folders only.
    public func isIgnored(_ path: String, isDirectory: Bool) throws(GitError) -> Bool {
        var ignored: Int32 = 0
        // libgit2 reads a trailing `/` as "this is a folder", and checks every parent folder too,
        // so a file inside an ignored folder is ignored.
        let query = isDirectory ? path + "/" : path
        try LibGit2.check(
            git_ignore_path_is_ignored(&ignored, repository.handle, query), "git_ignore_path_is_ignored")
        guard ignored == 1 else {
            return false
        }
        return !(isDirectory ? tracksSomething(under: path) : tracks(path))
    }

    private func tracks(_ path: String) -> Bool {
        var position = 0
        return git_index_find(&position, index, path) == 0
    }

    private func tracksSomething(under folder: String) -> Bool {
        var position = 0
        return git_index_find_prefix(&position, index, folder + "/") == 0
    }
}
