import VixenCore

/// The inputs of the checklist rules, prepared once per run: the changed files in their latest
/// version, the frontend sources lexed, and the changed Dockerfiles parsed.
public struct ChecklistInput: Sendable {
    public let context: CheckContext
    /// The outcome of the test commands under `--run-tests`, or nil when they were not run.
    public let testRuns: [ComponentTestRun]?
    /// Every changed path once, in its latest version, sorted by path.
    ///
    /// The latest version is the work tree's, else the index's, else the range's. Deleted files
    /// are left out.
    public let latestFiles: [ChangedFile]
    public let frontendSources: [FrontendSource]
    public let dockerfiles: [ChangedDockerfile]
    /// The paths of the head's tree and of ``latestFiles``, without those whose latest version
    /// deletes them, for ``fileExists(_:)``.
    private let knownPaths: Set<String>

    /// Reads the files the rules need from the range's head.
    ///
    /// - Throws: The snapshot's error when a file of the head cannot be read, so the check stops
    ///   rather than pass a file it did not see.
    public init(context: CheckContext, testRuns: [ComponentTestRun]? = nil) throws {
        self.context = context
        self.testRuns = testRuns
        let latest = Self.latestVersions(context.changes)
        latestFiles = latest
        knownPaths = Set(context.head.paths).union(latest.map(\.change.path)).subtracting(
            Self.deletedPaths(context.changes))
        frontendSources = try FrontendSource.all(in: context)
        dockerfiles = try latest.compactMap { file in
            guard ChangedDockerfile.isDockerfile(file.change.path) else {
                return nil
            }
            return try Self.wholeText(of: file, context: context).map { ChangedDockerfile(file, bytes: $0) }
        }
    }

    /// Returns the whole text of a file's latest version, else of the range's version when the
    /// range changes the file too, else nil.
    public func wholeText(of file: ChangedFile) throws -> [UInt8]? {
        try Self.wholeText(of: file, context: context)
    }

    private static func wholeText(of file: ChangedFile, context: CheckContext) throws -> [UInt8]? {
        if let text = try file.wholeText(head: context.head) {
            return text
        }
        let path = file.change.path
        guard file.origin != .range,
            context.changes.overall.contains(where: { $0.path == path && $0.status != .deleted })
        else {
            return nil
        }
        return try context.head.contents(of: path)
    }

    /// Returns the component of a repository path.
    public func component(of path: String) -> Component? {
        context.components.component(for: path)
    }

    /// Returns whether the head, the index or the work tree has a file at `path`.
    public func fileExists(_ path: String) -> Bool {
        knownPaths.contains(path)
    }

    /// Returns the paths whose latest version, in the work tree, the index or the range, is a deletion.
    private static func deletedPaths(_ changes: ChangeSet) -> Set<String> {
        var seen = Set<String>()
        var deleted = Set<String>()
        for change in changes.worktree + changes.staged + changes.overall where seen.insert(change.path).inserted {
            if change.status == .deleted {
                deleted.insert(change.path)
            }
        }
        return deleted
    }

    private static func latestVersions(_ changes: ChangeSet) -> [ChangedFile] {
        var seen = Set<String>()
        var files: [ChangedFile] = []
        let sources: [(ChangedFile.Origin, [FileChange])] = [
            (.workTree, changes.worktree), (.index, changes.staged), (.range, changes.overall),
        ]
        for (origin, changed) in sources {
            for change in changed where seen.insert(change.path).inserted && change.status != .deleted {
                files.append(ChangedFile(change: change, origin: origin))
            }
        }
        return files.sorted { $0.change.path < $1.change.path }
    }
}

/// A changed file and where its version comes from.
public struct ChangedFile: Sendable {
    /// The part of the change that a version belongs to.
    public enum Origin: Sendable, Equatable {
        /// The range of commits, whose last version is the head commit's.
        case range
        case index
        case workTree
    }

    public let change: FileChange
    public let origin: Origin

    /// Returns the whole file as this version has it, or nil when the change does not show it.
    ///
    /// The range's version is read from the head commit. A file that the index or the work tree
    /// adds consists of added lines only, so its added text is the whole file. For a file they
    /// modify, the change shows only the added lines.
    // NOTE: the work tree's and the index's versions of a modified file cannot be read here,
    // so whole-file checks judge such a file by the range's version, or not at all.
    func wholeText(head: any RepositorySnapshot) throws -> [UInt8]? {
        switch origin {
        case .range:
            return try head.contents(of: change.path)
        case .index, .workTree:
            guard change.status == .added, case .text(let text) = change.content else {
                return nil
            }
            return text.bytes
        }
    }
}
