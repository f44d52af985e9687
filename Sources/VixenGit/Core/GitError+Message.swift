import VixenCore

extension GitError {
    /// The localized explanation shown to the person running the check.
    public var message: LocalizedText {
        switch self {
        case .notARepository(let path): Catalog.gitNotARepository(path)
        case .unsupported(.indexSkipHash): Catalog.gitIndexSkipHash(libgit2: LibGit2.version)
        case .unsupported(.sha256): Catalog.gitSHA256(libgit2: LibGit2.version)
        case .unsupported(.unknownExtension(let name)): Catalog.gitUnknownExtension(name, libgit2: LibGit2.version)
        case .unsupported(.otherOwner(let path)): Catalog.gitOtherOwner(path)
        case .emptyRepository(let path): Catalog.gitEmptyRepository(path)
        case .unbornHead(let branch): Catalog.gitUnbornHead(branch)
        case .noWorkTree(let path): Catalog.gitNoWorkTree(path)
        case .unknownRevision(let revision, let isShallow): Catalog.gitUnknownRevision(revision, isShallow: isShallow)
        case .notACommit(let revision): Catalog.gitNotACommit(revision)
        case .noDefaultBase: Catalog.gitNoDefaultBase()
        case .shallowBoundary(let commit, let read): Catalog.gitShallowBoundary(commit: commit.hex, commitsRead: read)
        case .missingObject(let id, let path): Catalog.gitMissingObject(id: id, path: path)
        case .library(let function, let code, let message):
            Catalog.gitLibraryFailure(function: function, code: code, message: message)
        }
    }
}
