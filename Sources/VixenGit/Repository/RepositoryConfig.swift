import CLibGit2

/// A read-only snapshot of a repository's configuration.
final class RepositoryConfig {
    private let handle: OpaquePointer

    init(repository: Repository) throws(GitError) {
        var live: OpaquePointer?
        try LibGit2.check(git_repository_config(&live, repository.handle), "git_repository_config")
        defer { git_config_free(live) }
        var snapshot: OpaquePointer?
        try LibGit2.check(git_config_snapshot(&snapshot, live), "git_config_snapshot")
        guard let snapshot else {
            throw LibGit2.error(-1, "git_config_snapshot")
        }
        handle = snapshot
    }

    deinit {
        git_config_free(handle)
    }

    /// Returns the value of `name`, or nil when it is unset or cannot be read.
    func string(_ name: String) -> String? {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_config_get_string_buf(&buffer, handle, name) == 0, let pointer = buffer.ptr else {
            return nil
        }
        return String(cString: pointer)
    }

    /// Returns the boolean value of `name`, or nil when it is unset or not a boolean.
    func bool(_ name: String) -> Bool? {
        var value: Int32 = 0
        guard git_config_get_bool(&value, handle, name) == 0 else {
            return nil
        }
        return value != 0
    }
}
