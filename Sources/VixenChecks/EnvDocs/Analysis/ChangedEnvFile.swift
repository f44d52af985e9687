import VixenCore

/// A changed file as the env check reads it: its latest version and the version before it.
struct ChangedEnvFile {
    /// The part of the change that a latest version belongs to.
    enum Origin: Equatable {
        case range
        case index
        case workTree
    }

    let change: FileChange
    let origin: Origin

    /// Returns every changed path once, in its latest version.
    ///
    /// The latest version is the work tree's, else the index's, else the range's. Deletions are
    /// kept, because a deleted file's reads are removed.
    static func all(in changes: ChangeSet) -> [ChangedEnvFile] {
        var seen = Set<String>()
        var files: [ChangedEnvFile] = []
        let sources: [(Origin, [FileChange])] = [
            (.workTree, changes.worktree), (.index, changes.staged), (.range, changes.overall),
        ]
        for (origin, changed) in sources {
            for change in changed where seen.insert(change.path).inserted {
                files.append(ChangedEnvFile(change: change, origin: origin))
            }
        }
        return files.sorted { $0.change.path < $1.change.path }
    }

    var addedLines: Set<Int> {
        Set(change.addedText.lines.map(\.number))
    }

    /// Returns the latest version's bytes, or nil for a deletion, a binary file, a file over the
    /// size limit or one whose latest version cannot be read.
    ///
    /// The range's version is the head commit's. A file that the index or the work tree adds is
    /// its added text. For a file they modify, only the added lines are known, so they are
    /// returned at their line numbers with every other line empty.
    func latest(head: any RepositorySnapshot, maxFileSize: Int64) throws -> [UInt8]? {
        guard change.status != .deleted, case .text(let added) = change.content, change.size <= maxFileSize else {
            return nil
        }
        switch origin {
        case .range:
            return try head.contents(of: change.path).flatMap { $0.count <= maxFileSize ? $0 : nil }
        case .index, .workTree:
            return change.status == .added ? added.bytes : Self.sparseText(added)
        }
    }

    /// Returns the version the change starts from: the range's base for the range's change,
    /// else the head commit's, or nil for an added file or one over the size limit.
    func previous(head: any RepositorySnapshot, base: (any RepositorySnapshot)?, maxFileSize: Int64) throws
        -> [UInt8]?
    {
        guard change.status != .added else {
            return nil
        }
        let snapshot = origin == .range ? base : head
        let bytes = try snapshot?.contents(of: change.oldPath ?? change.path)
        return bytes.flatMap { $0.count <= maxFileSize ? $0 : nil }
    }

    /// Returns the added lines at their line numbers, with every other line empty.
    // NOTE: a construct that starts on a line the change does not add is misread, such as a
    // string that continues onto an added line.
    static func sparseText(_ added: AddedText) -> [UInt8] {
        var bytes: [UInt8] = []
        var number = 1
        for line in added.lines {
            while number < line.number {
                bytes.append(0x0A)
                number += 1
            }
            bytes += added.bytes[line.range]
            if bytes.last != 0x0A {
                bytes.append(0x0A)
            }
            number += 1
        }
        return bytes
    }
}
