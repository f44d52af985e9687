/// One added line of a commit as `git show` prints it.
struct PatchLine: Equatable, Comparable, CustomStringConvertible {
    let path: String
    let number: Int
    let text: String

    var description: String { "\(path):\(number): \(text)" }

    static func < (lhs: PatchLine, rhs: PatchLine) -> Bool {
        (lhs.path, lhs.number) < (rhs.path, rhs.number)
    }
}

/// The files and added lines of a patch in git's unified format.
struct UnifiedDiff: Equatable {
    var paths: [String] = []
    var addedLines: [PatchLine] = []
}

/// A malformed patch, with the line where reading stopped.
struct UnifiedDiffError: Error, CustomStringConvertible {
    let reason: String
    let line: String

    var description: String { "\(reason): \(line)" }
}

/// Reads the output of `git show --format= --unified=0 --no-renames`.
///
/// Takes each file's path from its `+++ b/` header, or `--- a/` for a deletion, and numbers each
/// `+` line from its hunk header's new-side start. Lines starting with `\` (no newline at end of
/// file) and `-` are skipped. Paths must not need git's quoting, so tests keep them ASCII.
enum UnifiedDiffParser {
    static func parse(_ output: String) throws -> UnifiedDiff {
        var result = UnifiedDiff()
        var oldPath: String?
        var currentPath: String?
        var inHeader = false
        var nextNumber = 0
        var addedLeft = 0

        for line in output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("diff --git ") {
                guard addedLeft == 0 else {
                    throw UnifiedDiffError(reason: "hunk ended early", line: line)
                }
                inHeader = true
                oldPath = nil
                currentPath = nil
            } else if inHeader, line.hasPrefix("--- ") {
                oldPath = line == "--- /dev/null" ? nil : String(line.dropFirst("--- a/".count))
            } else if inHeader, line.hasPrefix("+++ ") {
                let newPath = line == "+++ /dev/null" ? nil : String(line.dropFirst("+++ b/".count))
                guard let path = newPath ?? oldPath else {
                    throw UnifiedDiffError(reason: "file without a path", line: line)
                }
                currentPath = path
                result.paths.append(path)
            } else if line.hasPrefix("@@ ") {
                inHeader = false
                (nextNumber, addedLeft) = try newSide(ofHunkHeader: line)
            } else if !inHeader, line.hasPrefix("+") {
                guard let currentPath, addedLeft > 0 else {
                    throw UnifiedDiffError(reason: "added line outside a hunk", line: line)
                }
                result.addedLines.append(
                    PatchLine(path: currentPath, number: nextNumber, text: String(line.dropFirst())))
                nextNumber += 1
                addedLeft -= 1
            }
        }
        guard addedLeft == 0 else {
            throw UnifiedDiffError(reason: "patch ended inside a hunk", line: "")
        }
        return result
    }

    /// Returns the first new-side line number and the new-side line count of `@@ -a,b +c,d @@`.
    private static func newSide(ofHunkHeader header: String) throws -> (start: Int, count: Int) {
        let fields = header.split(separator: " ")
        guard fields.count >= 3, fields[2].hasPrefix("+") else {
            throw UnifiedDiffError(reason: "hunk header without a new side", line: header)
        }
        let numbers = fields[2].dropFirst().split(separator: ",")
        guard let start = numbers.first.flatMap({ Int($0) }) else {
            throw UnifiedDiffError(reason: "hunk header without a start line", line: header)
        }
        let count = numbers.count > 1 ? Int(numbers[1]) : 1
        guard let count else {
            throw UnifiedDiffError(reason: "hunk header with an invalid count", line: header)
        }
        return (start, count)
    }
}
