import CLibGit2
import Foundation
import VixenCore

/// A changed path after pairing deletions with additions into renames.
struct PairedChange {
    let path: String
    let oldPath: String?
    let old: EntryChange.Side?
    let new: EntryChange.Side?
}

/// Pairs deleted and added files into renames: exact renames by blob id always, and renames by
/// content similarity through libgit2 while the number of candidates stays within a limit.
///
/// Similarity detection compares every added file with every deleted one, which on a huge
/// commit can take minutes (libgit2 1.5.1 applies `diff.renameLimit` only partly), so past
/// ``ReadOptions/renameLimit`` candidates on either side only exact renames count.
struct RenameDetection {
    /// git's id for the empty blob; empty files are never paired, as in git.
    private static let emptyBlob = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"

    let repository: Repository
    let renameLimit: Int

    func pair(_ changes: [EntryChange], old: Tree?, new: Tree?) throws(GitError) -> [PairedChange] {
        var deletedByBlob: [OIDKey: [Int]] = [:]
        for (index, change) in changes.enumerated() {
            if let side = change.old, change.new == nil, Self.canPair(side) {
                deletedByBlob[OIDKey(side.oid), default: []].append(index)
            }
        }
        var renamedFrom: [Int: Int] = [:]
        var consumed = Set<Int>()
        for (index, change) in changes.enumerated() {
            guard change.old == nil, let side = change.new, Self.canPair(side) else {
                continue
            }
            let key = OIDKey(side.oid)
            if var candidates = deletedByBlob[key], !candidates.isEmpty {
                let source = candidates.removeFirst()
                deletedByBlob[key] = candidates
                renamedFrom[index] = source
                consumed.insert(source)
            }
        }

        let addedLeft = changes.indices.filter { changes[$0].old == nil && renamedFrom[$0] == nil }
        let deletedLeft = changes.indices.filter { changes[$0].new == nil && !consumed.contains($0) }
        if !addedLeft.isEmpty, !deletedLeft.isEmpty, addedLeft.count <= renameLimit,
            deletedLeft.count <= renameLimit, let old, let new
        {
            let similar = try similarRenames(
                paths: (addedLeft + deletedLeft).map { changes[$0].path }, old: old, new: new)
            let indexByPath = Dictionary(
                changes.indices.map { (changes[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
            for (from, to) in similar {
                guard let source = indexByPath[from], let target = indexByPath[to],
                    addedLeft.contains(target), deletedLeft.contains(source)
                else {
                    continue
                }
                renamedFrom[target] = source
                consumed.insert(source)
            }
        }

        var result: [PairedChange] = []
        for (index, change) in changes.enumerated() where !consumed.contains(index) {
            if let source = renamedFrom[index] {
                let from = changes[source]
                result.append(PairedChange(path: change.path, oldPath: from.path, old: from.old, new: change.new))
            } else {
                result.append(PairedChange(path: change.path, oldPath: nil, old: change.old, new: change.new))
            }
        }
        return result
    }

    private static func canPair(_ side: EntryChange.Side) -> Bool {
        !side.isSubmodule && side.oid.objectID.hex != emptyBlob
    }

    /// Asks libgit2 for renames by similarity among `paths` only.
    private func similarRenames(paths: [String], old: Tree, new: Tree) throws(GitError) -> [(String, String)] {
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        var diff: OpaquePointer?
        let code = CStringArray.with(paths) { array -> Int32 in
            options.pathspec = array
            return git_diff_tree_to_tree(&diff, repository.objects, old.handle, new.handle, &options)
        }
        try LibGit2.check(code, "git_diff_tree_to_tree")
        guard let diff else {
            return []
        }
        defer { git_diff_free(diff) }

        try LibGit2.findRenames(in: diff, renameLimit: renameLimit)

        var renames: [(String, String)] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index), delta.pointee.status == GIT_DELTA_RENAMED,
                let from = delta.pointee.old_file.path, let to = delta.pointee.new_file.path
            else {
                continue
            }
            renames.append((String(cString: from), String(cString: to)))
        }
        return renames
    }
}

/// Lends a Swift string array to C as a `git_strarray` for the duration of a call.
enum CStringArray {
    static func with<Result>(_ strings: [String], _ body: (git_strarray) -> Result) -> Result {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer {
            for pointer in pointers {
                free(pointer)
            }
        }
        return pointers.withUnsafeMutableBufferPointer { buffer in
            body(git_strarray(strings: buffer.baseAddress, count: buffer.count))
        }
    }
}
