import CLibGit2
import Foundation
import VixenCore

/// An open git repository.
///
/// Owns its libgit2 handles and frees them on deinit.
///
/// Not safe to share across threads: libgit2 allows one repository per thread at a time.
public final class Repository {
    let handle: OpaquePointer
    /// A second handle on the same repository opened without its work tree, for reading history.
    ///
    /// libgit2 looks up attributes for every blob pair it diffs. With a work tree that costs stat
    /// calls on `.gitattributes` files each time, and without one there are none to look for.
    /// Equal to ``handle`` for bare repositories.
    let objects: OpaquePointer

    /// The folder holding the repository's objects and refs (`.git`, or the bare repository).
    public let gitDirectory: String
    /// The work tree's root, or nil for a bare repository.
    public let workTree: String?
    /// Commits whose parents a shallow clone lacks, from the `shallow` file.
    let shallowCommits: Set<OIDKey>
    /// True when the repository came from git's environment through `GIT_REPOSITORY_OPEN_FROM_ENV`.
    ///
    /// Every further handle must then come from there too, because only that mode reads `GIT_OBJECT_DIRECTORY` and the alternates that contain a push's
    /// quarantined objects.
    private let reopensFromEnvironment: Bool

    private init(handle: OpaquePointer, reopensFromEnvironment: Bool) throws(GitError) {
        self.handle = handle
        self.reopensFromEnvironment = reopensFromEnvironment
        self.gitDirectory = String(cString: git_repository_path(handle))
        self.workTree = git_repository_workdir(handle).map { String(cString: $0) }
        var objects: OpaquePointer?
        if workTree != nil, !reopensFromEnvironment {
            let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_BARE.rawValue
            let code = git_repository_open_ext(&objects, gitDirectory, flags, nil)
            guard code == 0 else {
                git_repository_free(handle)
                throw LibGit2.error(code, "git_repository_open_ext")
            }
        }
        self.objects = objects ?? handle
        let commonDirectory = String(cString: git_repository_commondir(handle))
        self.shallowCommits = ShallowFile.read(in: commonDirectory)
    }

    deinit {
        if objects != handle {
            git_repository_free(objects)
        }
        git_repository_free(handle)
    }

    public var isBare: Bool { git_repository_is_bare(handle) == 1 }
    public var isShallow: Bool { !shallowCommits.isEmpty }

    /// Opens the repository that contains `path`, searching parent folders as git does.
    ///
    /// With `path` nil and `GIT_DIR` set, as when git runs a hook, the repository comes from git's
    /// environment: `GIT_DIR`, `GIT_WORK_TREE`, `GIT_OBJECT_DIRECTORY` and the alternates that
    /// hold a push's quarantined objects. With both nil, the search starts in `currentDirectory`.
    public static func open(
        path: String?, currentDirectory: String, environment: [String: String]
    ) throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        if path == nil, let gitDirectory = environment["GIT_DIR"] {
            return try openFromEnvironment(
                gitDirectory: gitDirectory, workTree: environment["GIT_WORK_TREE"],
                currentDirectory: currentDirectory)
        }
        let displayPath = path ?? currentDirectory
        var handle: OpaquePointer?
        let code = git_repository_open_ext(&handle, displayPath, 0, nil)
        guard code == 0, let handle else {
            throw OpenFailure.classify(code: code, path: displayPath)
        }
        let repository = try Repository(handle: handle, reopensFromEnvironment: false)
        try repository.rejectUnreadableFormat()
        return repository
    }

    /// Opens the repository git's environment names, as inside a hook.
    ///
    /// libgit2 1.5.1's `GIT_REPOSITORY_OPEN_FROM_ENV` rejects `GIT_WORK_TREE` as unimplemented, so
    /// with that variable set the repository opens at `GIT_DIR` and gets its work tree set
    /// afterwards.
    private static func openFromEnvironment(gitDirectory: String, workTree: String?, currentDirectory: String)
        throws(GitError) -> Repository
    {
        var handle: OpaquePointer?
        guard let workTree else {
            let code = git_repository_open_ext(&handle, nil, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil)
            guard code == 0, let handle else {
                throw OpenFailure.classify(code: code, path: gitDirectory)
            }
            let repository = try Repository(handle: handle, reopensFromEnvironment: true)
            try repository.rejectUnreadableFormat()
            return repository
        }
        // NOTE: this path ignores GIT_OBJECT_DIRECTORY and the alternates variables. git sets
        // those for receive hooks, which do not also set GIT_WORK_TREE.
        let base = URL(fileURLWithPath: currentDirectory)
        let directory = URL(fileURLWithPath: gitDirectory, relativeTo: base).standardizedFileURL.path
        let code = git_repository_open_ext(&handle, directory, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil)
        guard code == 0, let handle else {
            throw OpenFailure.classify(code: code, path: gitDirectory)
        }
        let treePath = URL(fileURLWithPath: workTree, relativeTo: base).standardizedFileURL.path
        let setCode = git_repository_set_workdir(handle, treePath, 0)
        guard setCode == 0 else {
            let failure = LibGit2.error(setCode, "git_repository_set_workdir")
            git_repository_free(handle)
            throw failure
        }
        let repository = try Repository(handle: handle, reopensFromEnvironment: false)
        try repository.rejectUnreadableFormat()
        return repository
    }

    /// Opens another handle on the same objects, for a thread that reads history beside this one.
    func openObjectReader() throws(GitError) -> Repository {
        var reader: OpaquePointer?
        let code: Int32
        if reopensFromEnvironment {
            code = git_repository_open_ext(&reader, nil, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil)
        } else {
            let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_BARE.rawValue
            code = git_repository_open_ext(&reader, gitDirectory, flags, nil)
        }
        guard code == 0, let reader else {
            throw LibGit2.error(code, "git_repository_open_ext")
        }
        return try Repository(handle: reader, reopensFromEnvironment: reopensFromEnvironment)
    }

    /// Rejects repositories that libgit2 1.5.1 opens but then misreads.
    private func rejectUnreadableFormat() throws(GitError) {
        let configuration = try RepositoryConfig(repository: self)
        if let format = configuration.string("extensions.objectformat"), format.lowercased() != "sha1" {
            throw .unsupported(format.lowercased() == "sha256" ? .sha256 : .unknownExtension("objectformat"))
        }
    }

    /// Throws when the repository has no commits, or HEAD names a branch without commits.
    public func requireHead() throws(GitError) {
        guard git_repository_head_unborn(handle) == 1 else {
            return
        }
        // libgit2 1.5.1's git_repository_is_empty is true only while HEAD names `master`, so a
        // repository whose first branch is `main` is judged empty here: no branch has a commit.
        if hasBranches {
            throw .unbornHead(branch: headBranchName ?? "HEAD")
        }
        throw .emptyRepository(path: displayPath)
    }

    /// The work tree's root, or the git directory of a bare repository, without a trailing slash.
    public var displayPath: String {
        let path = workTree ?? gitDirectory
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Whether any local branch exists.
    private var hasBranches: Bool {
        var iterator: OpaquePointer?
        guard git_reference_iterator_glob_new(&iterator, handle, "refs/heads/*") == 0, let iterator else {
            return false
        }
        defer { git_reference_iterator_free(iterator) }
        var name: UnsafePointer<CChar>?
        return git_reference_next_name(&name, iterator) == 0
    }

    /// The branch HEAD points to, such as `main`, or nil when HEAD is detached.
    public var headBranchName: String? {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, handle, "HEAD") == 0, let reference else {
            return nil
        }
        defer { git_reference_free(reference) }
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC,
            let target = git_reference_symbolic_target(reference)
        else {
            return nil
        }
        let name = String(cString: target)
        return name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : name
    }

    /// Whether HEAD points straight at a commit rather than at a branch.
    public var isHeadDetached: Bool { git_repository_head_detached(handle) == 1 }
}
