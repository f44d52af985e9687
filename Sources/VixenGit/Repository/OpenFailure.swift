import CLibGit2

/// Maps a failed `git_repository_open_ext` to the reason a person can act on.
enum OpenFailure {
    static func classify(code: Int32, path: String) -> GitError {
        let failure = LibGit2.error(code, "git_repository_open_ext")
        guard case .library(_, _, let message) = failure else {
            return failure
        }
        // libgit2 1.5.1 returns GIT_EOWNER only when some safe.directory is configured; with
        // none, the ownership check fails looking that setting up and returns GIT_ENOTFOUND.
        if code == GIT_EOWNER.rawValue || message.contains("safe.directory") {
            return .unsupported(.otherOwner(path: path))
        }
        if code == GIT_ENOTFOUND.rawValue {
            return .notARepository(path: path)
        }
        // libgit2 1.5.1 reports "unsupported extension name extensions.<name>" for any extension
        // it does not know, the SHA-256 object format among them.
        let marker = "unsupported extension name extensions."
        if let range = message.range(of: marker) {
            let name = String(message[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
            return .unsupported(name.lowercased() == "objectformat" ? .sha256 : .unknownExtension(name))
        }
        return failure
    }
}
