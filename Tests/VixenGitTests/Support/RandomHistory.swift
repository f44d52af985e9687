import VixenTestSupport

/// A repository with a pseudo-random history of text edits, built to compare this module with
/// git itself.
///
/// Edits insert, delete and replace lines, add and delete files, and drop or restore a file's
/// final newline. A small share of lines repeat (blank lines, `}`, `return None`) so that diffs
/// have ambiguous alignments to agree on. Files are never renamed and every file's content is
/// unique, so a deletion and an addition in one commit can never look like a rename.
///
/// The history is written with one `git fast-import` call, which stores it in a pack file.
struct RandomHistory {
    let fixture: GitRepository
    /// Commits on every branch, merges and the root included.
    private(set) var commitCount = 0

    private var generator: SeededGenerator
    private var stream = ""
    /// Each file's lines without line endings, on the branch being written.
    private var files: [String: [String]] = [:]
    /// Files whose last line has no newline, on the branch being written.
    private var withoutFinalNewline: Set<String> = []
    /// The fast-import mark of the newest commit on `main`.
    private var mainMark = 0
    private var lineCounter = 0
    private var fileCounter = 0

    private static let folders = ["backend/app", "backend/app/api", "frontend/src", "docs", "ops", ""]
    private static let extensions = ["py", "js", "md", "yml", "txt"]
    private static let repeatedLines = ["", "}", "return None", "    pass"]

    /// Generates `commits` commits on `main`, merging a two-commit branch in every `mergeEvery`
    /// commits, and imports them into a new repository.
    init(seed: UInt64, commits: Int, mergeEvery: Int) throws {
        fixture = try GitRepository()
        generator = SeededGenerator(seed: seed)

        var changes: [FileEdit] = []
        for _ in 0..<10 {
            changes.append(createFile())
        }
        writeCommit(branch: "main", parents: [], changes: changes)
        while commitCount < commits {
            if commitCount % mergeEvery == 0 {
                writeMergedBranch(named: "topic-\(commitCount)")
            } else {
                writeCommit(branch: "main", parents: [mainMark], changes: randomEdits())
            }
        }
        try fixture.git(["fast-import", "--quiet"], stdin: stream)
    }

    // MARK: - Commits

    /// One path's new content, or nil when the commit deletes it.
    private struct FileEdit {
        let path: String
        let content: String?
    }

    private mutating func writeCommit(branch: String, parents: [Int], changes: [FileEdit]) {
        commitCount += 1
        let mark = commitCount
        let message = "Commit \(mark)\n"
        // One minute apart from 2024-01-01 00:00:00 UTC, so commit times follow the order of writing.
        let seconds = 1_704_067_200 + 60 * mark
        stream += "commit refs/heads/\(branch)\nmark :\(mark)\n"
        stream += "committer \(GitRepository.authorName) <\(GitRepository.authorEmail)> \(seconds) +0000\n"
        stream += "data \(message.utf8.count)\n\(message)"
        if let first = parents.first {
            stream += "from :\(first)\n"
        }
        for parent in parents.dropFirst() {
            stream += "merge :\(parent)\n"
        }
        for change in changes {
            if let content = change.content {
                stream += "M 100644 inline \(change.path)\ndata \(content.utf8.count)\n\(content)\n"
            } else {
                stream += "D \(change.path)\n"
            }
        }
        stream += "\n"
        if branch == "main" {
            mainMark = mark
        }
    }

    /// Writes two commits on a new branch and one on `main` that touch disjoint files, then a
    /// merge of the branch into `main`.
    private mutating func writeMergedBranch(named branch: String) {
        let paths = files.keys.sorted()
        let branchPaths = paths.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let mainPaths = paths.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let fork = mainMark
        let filesOnMain = files

        var branchMark = fork
        for _ in 0..<2 {
            writeCommit(branch: branch, parents: [branchMark], changes: [editLines(of: pick(branchPaths))])
            branchMark = commitCount
        }
        let filesOnBranch = files

        files = filesOnMain
        writeCommit(branch: "main", parents: [fork], changes: [editLines(of: pick(mainPaths))])
        for path in branchPaths {
            files[path] = filesOnBranch[path]
        }
        // The merged tree is main's tree with the branch's files, written out in full.
        var mergedFiles: [FileEdit] = []
        for path in branchPaths {
            mergedFiles.append(contentEdit(path))
        }
        writeCommit(branch: "main", parents: [mainMark, branchMark], changes: mergedFiles)
    }

    // MARK: - Edits

    private mutating func randomEdits() -> [FileEdit] {
        var edits: [String: FileEdit] = [:]
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let edit = randomEdit(among: files.keys.sorted())
            edits[edit.path] = edit
        }
        return edits.keys.sorted().compactMap { edits[$0] }
    }

    private mutating func randomEdit(among paths: [String]) -> FileEdit {
        let roll = Int.random(in: 0..<100, using: &generator)
        if roll < 15 || paths.isEmpty {
            return createFile()
        }
        let path = pick(paths)
        if roll < 25, paths.count > 6 {
            files[path] = nil
            withoutFinalNewline.remove(path)
            return FileEdit(path: path, content: nil)
        }
        if roll < 33 {
            if withoutFinalNewline.remove(path) == nil {
                withoutFinalNewline.insert(path)
            }
            return contentEdit(path)
        }
        return editLines(of: path)
    }

    private mutating func createFile() -> FileEdit {
        fileCounter += 1
        let folder = Self.folders[Int.random(in: 0..<Self.folders.count, using: &generator)]
        let fileExtension = Self.extensions[Int.random(in: 0..<Self.extensions.count, using: &generator)]
        let name = "file\(fileCounter).\(fileExtension)"
        let path = folder.isEmpty ? name : folder + "/" + name
        files[path] = (0..<Int.random(in: 5...15, using: &generator)).map { _ in nextLine() }
        return contentEdit(path)
    }

    /// Inserts, deletes or replaces a few lines at random places.
    private mutating func editLines(of path: String) -> FileEdit {
        var lines = files[path] ?? []
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                let position = Int.random(in: 0...lines.count, using: &generator)
                let block = (0..<Int.random(in: 1...3, using: &generator)).map { _ in nextLine() }
                lines.insert(contentsOf: block, at: position)
            case 1 where lines.count > 2:
                let start = Int.random(in: 0..<lines.count, using: &generator)
                let end = min(lines.count, start + Int.random(in: 1...2, using: &generator))
                lines.removeSubrange(start..<end)
            default:
                if !lines.isEmpty {
                    lines[Int.random(in: 0..<lines.count, using: &generator)] = nextLine()
                }
            }
        }
        files[path] = lines
        return contentEdit(path)
    }

    /// Returns the file's full content, first adding a unique line when it has none, so that its
    /// content, and so its blob, differs from every other file's and is never empty.
    private mutating func contentEdit(_ path: String) -> FileEdit {
        var lines = files[path] ?? []
        if !lines.contains(where: { $0.hasPrefix("value_") }) {
            lines.append("value_\(nextUniqueNumber()) = 0")
            files[path] = lines
        }
        var text = lines.joined(separator: "\n")
        if !withoutFinalNewline.contains(path) {
            text += "\n"
        }
        return FileEdit(path: path, content: text)
    }

    /// Returns a new line: usually unique, sometimes one of a few lines that repeat everywhere.
    private mutating func nextLine() -> String {
        if Int.random(in: 0..<5, using: &generator) == 0 {
            return Self.repeatedLines[Int.random(in: 0..<Self.repeatedLines.count, using: &generator)]
        }
        return "value_\(nextUniqueNumber()) = \(Int.random(in: 0..<1000, using: &generator))"
    }

    private mutating func nextUniqueNumber() -> Int {
        lineCounter += 1
        return lineCounter
    }

    /// Picks one of `paths`, which the callers keep non-empty: the history starts with ten files
    /// and deletes one only while more than six remain.
    private mutating func pick(_ paths: [String]) -> String {
        paths[Int.random(in: 0..<paths.count, using: &generator)]
    }
}
