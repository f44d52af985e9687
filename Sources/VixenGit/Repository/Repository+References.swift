import CLibGit2
import VixenCore

/// A reference and the objects it leads to.
public struct GitReference: Sendable, Equatable {
    /// The full name, such as `refs/remotes/origin/main`.
    public let name: String
    /// The object the reference points to once symbolic references are followed: usually a
    /// commit, or a tag object for an annotated tag.
    public let target: ObjectID
    /// The commit that ``target`` peels to, or nil when it leads to a tree or a blob.
    public let commit: ObjectID?

    public init(name: String, target: ObjectID, commit: ObjectID?) {
        self.name = name
        self.target = target
        self.commit = commit
    }
}

extension Repository {
    /// Lists the references whose full names match `glob`, sorted by name.
    ///
    /// `*` matches across `/`, as in git's `--remotes=<remote>` and `--glob`, so
    /// `refs/remotes/origin/*` also lists `refs/remotes/origin/feature/login`. Symbolic
    /// references such as `refs/remotes/origin/HEAD` are followed, and one whose target is
    /// missing is left out.
    public func references(matching glob: String) throws(GitError) -> [GitReference] {
        var iterator: OpaquePointer?
        try LibGit2.check(git_reference_iterator_glob_new(&iterator, handle, glob), "git_reference_iterator_glob_new")
        guard let iterator else {
            throw LibGit2.error(-1, "git_reference_iterator_glob_new")
        }
        defer { git_reference_iterator_free(iterator) }

        var references: [GitReference] = []
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue {
                break
            }
            try LibGit2.check(code, "git_reference_next")
            guard let reference else {
                continue
            }
            defer { git_reference_free(reference) }
            if let resolved = try Self.describe(reference) {
                references.append(resolved)
            }
        }
        return references.sorted { $0.name < $1.name }
    }

    /// Reads the reference `name`, such as `refs/heads/main`, or returns nil when it does not
    /// exist or is a symbolic reference to a missing one.
    public func reference(named name: String) throws(GitError) -> GitReference? {
        var reference: OpaquePointer?
        let code = git_reference_lookup(&reference, handle, name)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            return nil
        }
        try LibGit2.check(code, "git_reference_lookup")
        guard let reference else {
            return nil
        }
        defer { git_reference_free(reference) }
        return try Self.describe(reference)
    }

    /// Returns true when the object database has the object `id`.
    ///
    /// Objects that git placed in a push's quarantine folder count when the repository was
    /// opened from git's environment.
    public func containsObject(_ id: ObjectID) -> Bool {
        guard var oid = git_oid(hex: id.hex) else {
            return false
        }
        var database: OpaquePointer?
        guard git_repository_odb(&database, handle) == 0, let database else {
            return false
        }
        defer { git_odb_free(database) }
        return git_odb_exists(database, &oid) == 1
    }

    /// Returns the commit that the object `id` peels to: the commit itself, or the commit an
    /// annotated tag (or a chain of them) points to.
    ///
    /// Returns nil when the object leads to a tree or a blob instead.
    ///
    /// - Throws: ``GitError/missingObject(id:path:)`` when the repository lacks the object.
    public func peeledCommit(_ id: ObjectID) throws(GitError) -> ObjectID? {
        guard var oid = git_oid(hex: id.hex) else {
            throw .missingObject(id: id.hex, path: nil)
        }
        var object: OpaquePointer?
        try LibGit2.checkObject(
            git_object_lookup(&object, handle, &oid, GIT_OBJECT_ANY), oid, path: nil, "git_object_lookup")
        guard let object else {
            throw .missingObject(id: id.hex, path: nil)
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0, let commit else {
            return nil
        }
        defer { git_object_free(commit) }
        return git_object_id(commit).pointee.objectID
    }

    /// Follows a symbolic reference to its direct target and peels that to a commit.
    ///
    /// Returns nil for a symbolic reference whose target does not exist.
    private static func describe(_ reference: OpaquePointer) throws(GitError) -> GitReference? {
        let name = String(cString: git_reference_name(reference))
        var resolved: OpaquePointer?
        let code = git_reference_resolve(&resolved, reference)
        if code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try LibGit2.check(code, "git_reference_resolve")
        guard let resolved, let target = git_reference_target(resolved) else {
            return nil
        }
        defer { git_reference_free(resolved) }
        var peeled: OpaquePointer?
        var commit: ObjectID?
        if git_reference_peel(&peeled, resolved, GIT_OBJECT_COMMIT) == 0, let peeled {
            commit = git_object_id(peeled).pointee.objectID
            git_object_free(peeled)
        }
        return GitReference(name: name, target: target.pointee.objectID, commit: commit)
    }
}

// MARK: Hook locations

extension Repository {
    /// The folder that every worktree of the repository shares (`$GIT_COMMON_DIR`), which
    /// contains the configuration, the refs and the default `hooks` folder.
    ///
    /// It equals ``gitDirectory`` except in a linked worktree made with `git worktree add`.
    public var commonDirectory: String {
        String(cString: git_repository_commondir(handle))
    }

    /// Returns the value of `core.hooksPath` with a leading `~/` expanded, or nil when it is not
    /// set or empty.
    ///
    /// A relative value is returned as it is written, because git resolves it against the folder
    /// that hooks run in, which the caller determines.
    public func hooksPathSetting() throws(GitError) -> String? {
        var live: OpaquePointer?
        try LibGit2.check(git_repository_config(&live, handle), "git_repository_config")
        defer { git_config_free(live) }
        var snapshot: OpaquePointer?
        try LibGit2.check(git_config_snapshot(&snapshot, live), "git_config_snapshot")
        defer { git_config_free(snapshot) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = git_config_get_path(&buffer, snapshot, "core.hooksPath")
        if code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try LibGit2.check(code, "git_config_get_path")
        guard let pointer = buffer.ptr else {
            return nil
        }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}
