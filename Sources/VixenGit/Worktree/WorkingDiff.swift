import CLibGit2
import VixenCore

/// Turns a libgit2 diff of the index or work tree into ``FileChange`` values.
///
/// Unlike history reads, these diffs involve files on disk, so they go through libgit2's full
/// diff machinery, which also honours `.gitignore` and `.gitattributes`.
struct WorkingDiff {
    private let diff: OpaquePointer
    private let options: ReadOptions
    private let untracked: Bool

    /// Takes ownership of `diff`, freeing it once the changes are read.
    init(diff: OpaquePointer?, options: ReadOptions, untracked: Bool) throws(GitError) {
        guard let diff else {
            throw LibGit2.error(-1, "git_diff")
        }
        self.diff = diff
        self.options = options
        self.untracked = untracked
    }

    static func options(for options: ReadOptions, untracked: Bool) -> git_diff_options {
        var diffOptions = git_diff_options()
        git_diff_options_init(&diffOptions, UInt32(GIT_DIFF_OPTIONS_VERSION))
        diffOptions.context_lines = 0
        diffOptions.interhunk_lines = 0
        // Files past the limit are marked binary without being loaded; fileChanges() then
        // reports them as too large.
        diffOptions.max_size = options.maxFileSize
        var flags =
            GIT_DIFF_INCLUDE_TYPECHANGE.rawValue | GIT_DIFF_IGNORE_SUBMODULES.rawValue
            | GIT_DIFF_INDENT_HEURISTIC.rawValue
        if untracked {
            flags |=
                GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
                | GIT_DIFF_SHOW_UNTRACKED_CONTENT.rawValue
        }
        diffOptions.flags = flags
        return diffOptions
    }

    func fileChanges() throws(GitError) -> [FileChange] {
        defer { git_diff_free(diff) }
        try LibGit2.findRenames(
            in: diff, renameLimit: options.renameLimit,
            extraFlags: untracked ? GIT_DIFF_FIND_FOR_UNTRACKED.rawValue : 0)

        var result: [FileChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            if let change = try fileChange(at: index) {
                result.append(change)
            }
        }
        return result
    }

    private func fileChange(at index: Int) throws(GitError) -> FileChange? {
        var patch: OpaquePointer?
        let code = git_patch_from_diff(&patch, diff, index)
        guard code == 0, let patch, let delta = git_patch_get_delta(patch) else {
            throw missingOrFailed(code, index: index)
        }
        defer { git_patch_free(patch) }
        let info = delta.pointee
        guard let status = Self.status(info.status) else {
            return nil
        }
        let path = String(cString: status == .deleted ? info.old_file.path : info.new_file.path)
        let oldPath = status == .renamed ? String(cString: info.old_file.path) : nil
        let side = status == .deleted ? info.old_file : info.new_file
        let size = Int64(side.size)

        let content: FileChange.Content
        if info.new_file.mode == UInt16(GIT_FILEMODE_COMMIT.rawValue) {
            content = .submodule
        } else if status != .deleted, size > options.maxFileSize {
            content = .tooLarge(limit: options.maxFileSize)
        } else if info.flags & GIT_DIFF_FLAG_BINARY.rawValue != 0 {
            content = .binary
        } else {
            content = .text(try addedLines(of: patch))
        }
        return FileChange(
            path: path, oldPath: oldPath, status: status, content: content, size: size,
            oldBlob: Self.objectID(info.old_file), newBlob: Self.objectID(info.new_file))
    }

    private func addedLines(of patch: OpaquePointer) throws(GitError) -> AddedText {
        var builder = AddedTextBuilder()
        for hunk in 0..<git_patch_num_hunks(patch) {
            let count = git_patch_num_lines_in_hunk(patch, hunk)
            guard count > 0 else {
                continue
            }
            for lineIndex in 0..<Int(count) {
                var line: UnsafePointer<git_diff_line>?
                try LibGit2.check(
                    git_patch_get_line_in_hunk(&line, patch, hunk, lineIndex), "git_patch_get_line_in_hunk")
                guard let line, line.pointee.origin == CChar(UInt8(ascii: "+")) else {
                    continue
                }
                let bytes = UnsafeRawBufferPointer(start: line.pointee.content, count: line.pointee.content_len)
                builder.append(number: Int(line.pointee.new_lineno), content: bytes)
            }
        }
        return builder.build()
    }

    private func missingOrFailed(_ code: Int32, index: Int) -> GitError {
        let failure = LibGit2.error(code, "git_patch_from_diff")
        if code == GIT_ENOTFOUND.rawValue, let delta = git_diff_get_delta(diff, index) {
            let file = delta.pointee.new_file
            return .missingObject(id: file.id.objectID.hex, path: file.path.map { String(cString: $0) })
        }
        return failure
    }

    private static func objectID(_ file: git_diff_file) -> ObjectID? {
        file.id.isZero ? nil : file.id.objectID
    }

    private static func status(_ status: git_delta_t) -> FileChange.Status? {
        switch status {
        case GIT_DELTA_ADDED, GIT_DELTA_UNTRACKED, GIT_DELTA_COPIED: .added
        case GIT_DELTA_MODIFIED: .modified
        case GIT_DELTA_DELETED: .deleted
        case GIT_DELTA_RENAMED: .renamed
        case GIT_DELTA_TYPECHANGE: .typeChanged
        default: nil
        }
    }
}
