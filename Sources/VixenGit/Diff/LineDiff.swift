import CLibGit2
import VixenCore

/// Finds the lines one blob adds to another with libgit2's diff, with no context lines.
struct LineDiff {
    private var options: git_diff_options

    init() {
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.context_lines = 0
        options.interhunk_lines = 0
        // The caller has already judged the content text.
        // git shifts ambiguous insertions with its indent heuristic by default; without it, a
        // repeated line can be reported as added where git reports its neighbour.
        options.flags |= GIT_DIFF_FORCE_TEXT.rawValue | GIT_DIFF_INDENT_HEURISTIC.rawValue
        self.options = options
    }

    /// Returns the lines `new` adds to `old`; with `old` nil, every line of `new`.
    func addedLines(old: Blob?, new: Blob) throws(GitError) -> AddedTextBuilder {
        let collector = AddedLineCollector()
        guard let old else {
            collector.appendAllLines(of: new.content)
            return collector.builder
        }
        var options = self.options
        // Not git_diff_buffers: it hashes both buffers again, which doubles the cost of a
        // history read. The blobs come from a handle without a work tree (see
        // `Repository.objects`), so libgit2 has no `.gitattributes` files to look up per pair.
        let code = git_diff_blobs(
            old.handle, nil, new.handle, nil, &options, nil, nil, nil, AddedLineCollector.lineCallback,
            collector.payload)
        try LibGit2.check(code, "git_diff_blobs")
        return collector.builder
    }
}
