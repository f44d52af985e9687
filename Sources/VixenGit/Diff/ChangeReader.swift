import CLibGit2
import VixenCore

/// Reads what changed between trees: the file list, each file's kind and size, and the lines it
/// adds, within the size limit.
final class ChangeReader {
    private let repository: Repository
    private let objects: ObjectDatabase
    private let options: ReadOptions
    private let comparison: TreeComparison
    private let renames: RenameDetection
    private let lineDiff = LineDiff()

    init(repository: Repository, options: ReadOptions) throws(GitError) {
        self.repository = repository
        self.objects = try ObjectDatabase(repository: repository)
        self.options = options
        self.comparison = TreeComparison(repository: repository)
        self.renames = RenameDetection(repository: repository, renameLimit: options.renameLimit)
    }

    /// Returns the changes from `old` (nil for the empty tree) to `new`, renames paired.
    func changes(from old: Tree?, to new: Tree) throws(GitError) -> [FileChange] {
        let entries = try comparison.changes(from: old, to: new)
        let paired = try renames.pair(entries, old: old, new: new)
        var result: [FileChange] = []
        result.reserveCapacity(paired.count)
        for change in paired {
            result.append(try fileChange(change).change)
        }
        return result
    }

    /// Returns what a merge adds relative to every parent, as git's combined diff shows it:
    /// only files that differ from all parents, and in them only lines added against each one.
    func combinedChanges(parents: [Tree], merge: Tree) throws(GitError) -> [FileChange] {
        guard let first = parents.first else {
            return try changes(from: nil, to: merge)
        }
        var others: [[String: EntryChange]] = []
        for parent in parents.dropFirst() {
            let entries = try comparison.changes(from: parent, to: merge)
            others.append(Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        var result: [FileChange] = []
        for entry in try comparison.changes(from: first, to: merge) {
            let against = others.compactMap { $0[entry.path] }
            guard against.count == others.count else {
                continue
            }
            var (change, lines) = try fileChange(
                PairedChange(path: entry.path, oldPath: nil, old: entry.old, new: entry.new))
            if var lines, !lines.lineNumbers.isEmpty {
                var kept = lines.lineNumbers
                for other in against {
                    let pair = PairedChange(path: other.path, oldPath: nil, old: other.old, new: other.new)
                    kept.formIntersection(try fileChange(pair).lines?.lineNumbers ?? [])
                }
                lines.retain(numbers: kept)
                change = change.replacingContent(.text(lines.build()))
            }
            result.append(change)
        }
        return result
    }

    /// Builds one file's change, returning its added lines separately so merges can intersect them.
    private func fileChange(_ change: PairedChange) throws(GitError) -> (change: FileChange, lines: AddedTextBuilder?) {
        let status = Self.status(of: change)
        guard let new = change.new else {
            var oldSize: Int64 = 0
            if let old = change.old {
                oldSize = try size(of: old, path: change.path)
            }
            let file = FileChange(
                path: change.path, status: .deleted, content: .text(.empty), size: oldSize,
                oldBlob: change.old?.oid.objectID)
            return (file, nil)
        }
        let size = try size(of: new, path: change.path)
        var lines: AddedTextBuilder?
        let content: FileChange.Content
        if new.isSubmodule {
            content = .submodule
        } else if size > options.maxFileSize {
            content = .tooLarge(limit: options.maxFileSize)
        } else {
            let newBlob = try Blob(repository: repository, oid: new.oid, path: change.path)
            if newBlob.isBinary {
                content = .binary
            } else {
                let oldBlob = try readableOldBlob(change)
                let added = try lineDiff.addedLines(old: oldBlob, new: newBlob)
                lines = added
                content = .text(added.build())
            }
        }
        let file = FileChange(
            path: change.path, oldPath: change.oldPath, status: status, content: content, size: size,
            oldBlob: change.old?.oid.objectID, newBlob: new.oid.objectID)
        return (file, lines)
    }

    /// The old side to diff against, or nil when every line of the new side counts as added:
    /// for new files, and when the old side is binary, too large or a submodule.
    private func readableOldBlob(_ change: PairedChange) throws(GitError) -> Blob? {
        guard let old = change.old, !old.isSubmodule else {
            return nil
        }
        let path = change.oldPath ?? change.path
        guard try size(of: old, path: path) <= options.maxFileSize else {
            return nil
        }
        let blob = try Blob(repository: repository, oid: old.oid, path: path)
        return blob.isBinary ? nil : blob
    }

    private func size(of side: EntryChange.Side, path: String) throws(GitError) -> Int64 {
        side.isSubmodule ? 0 : try objects.size(of: side.oid, path: path)
    }

    private static func status(of change: PairedChange) -> FileChange.Status {
        switch (change.old, change.new) {
        case (nil, _): return .added
        case (_, nil): return .deleted
        case (let old?, let new?):
            if change.oldPath != nil {
                return .renamed
            }
            let kindChanged = old.isSymlink != new.isSymlink || old.isSubmodule != new.isSubmodule
            return kindChanged ? .typeChanged : .modified
        }
    }
}

extension FileChange {
    func replacingContent(_ content: Content) -> FileChange {
        FileChange(
            path: path, oldPath: oldPath, status: status, content: content, size: size, oldBlob: oldBlob,
            newBlob: newBlob)
    }
}
