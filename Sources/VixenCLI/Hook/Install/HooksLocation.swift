import Foundation
import VixenGit

/// The folder git runs a repository's hooks from, and the folder it uses without `core.hooksPath`.
struct HooksLocation: Sendable, Equatable {
    /// `$GIT_COMMON_DIR/hooks`: the main repository's `.git/hooks`, shared by its linked worktrees.
    let defaultFolder: String
    /// `core.hooksPath` as configured, or nil when it is not set.
    let hooksPathSetting: String?
    /// The folder `core.hooksPath` names, resolved, or nil when it is not set.
    let hooksPathFolder: String?

    /// The folder git runs hooks from: `core.hooksPath`'s when it is set, else the default one.
    var activeFolder: String { hooksPathFolder ?? defaultFolder }

    /// Resolves the folders as git does.
    ///
    /// A relative `core.hooksPath` is resolved against the folder hooks run in: the work tree's
    /// root, which in a linked worktree is that worktree's own, or the git directory of a bare
    /// repository.
    ///
    /// - Parameters:
    ///   - hooksPath: `core.hooksPath` with `~/` already expanded, or nil.
    ///   - workTree: The work tree's root, or nil for a bare repository.
    init(hooksPath: String?, workTree: String?, gitDirectory: String, commonDirectory: String) {
        defaultFolder = Self.standardized(
            URL(fileURLWithPath: commonDirectory, isDirectory: true)
                .appendingPathComponent("hooks", isDirectory: true))
        hooksPathSetting = hooksPath
        hooksPathFolder = hooksPath.map { value in
            let runFolder = URL(fileURLWithPath: workTree ?? gitDirectory, isDirectory: true)
            return Self.standardized(URL(fileURLWithPath: value, isDirectory: true, relativeTo: runFolder))
        }
    }

    /// Reads the repository's folders and `core.hooksPath`.
    init(repository: Repository) throws(GitError) {
        self.init(
            hooksPath: try repository.hooksPathSetting(), workTree: repository.workTree,
            gitDirectory: repository.gitDirectory, commonDirectory: repository.commonDirectory)
    }

    /// Returns the absolute path without `.`, `..` or a trailing slash.
    private static func standardized(_ url: URL) -> String {
        var path = url.standardizedFileURL.path
        while path.count > 1, path.hasSuffix("/") {
            path.removeLast()
        }
        return path
    }
}
