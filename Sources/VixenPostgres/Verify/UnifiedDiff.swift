/// A line diff of two texts in the unified format that `diff -u` and git print.
public enum UnifiedDiff {
    /// Lines of unchanged context around each change.
    public static let contextLines = 3

    /// The largest product of the two changed regions' line counts that is compared line by line;
    /// beyond it the whole region is shown as removed and added, to bound memory and time.
    static let maximumComparedCells = 4_000_000

    /// One line of the edit script, with its line numbers counted from zero.
    enum Edit: Equatable {
        case keep(old: Int, new: Int)
        case remove(old: Int)
        case add(new: Int)
    }

    /// Returns the unified diff from `old` to `new` with file headers `--- oldLabel` and
    /// `+++ newLabel`, or an empty string when the texts have the same lines.
    public static func make(old: String, new: String, oldLabel: String, newLabel: String) -> String {
        let oldLines = lines(of: old)
        let newLines = lines(of: new)
        let edits = editScript(oldLines, newLines)
        guard edits.contains(where: { if case .keep = $0 { false } else { true } }) else {
            return ""
        }
        var output = ["--- \(oldLabel)", "+++ \(newLabel)"]
        for hunk in hunks(edits) {
            output += render(hunk, oldLines: oldLines, newLines: newLines)
        }
        return output.joined(separator: "\n") + "\n"
    }

    static func lines(of text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" {
            lines.removeLast()
        }
        return lines
    }

    /// Returns a shortest edit script: common prefix and suffix first, then a longest common
    /// subsequence of the middle.
    static func editScript(_ old: [Substring], _ new: [Substring]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] {
            prefix += 1
        }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }

        var edits = (0..<prefix).map { Edit.keep(old: $0, new: $0) }
        edits += middleEdits(
            old: prefix..<(old.count - suffix), new: prefix..<(new.count - suffix), oldLines: old, newLines: new)
        edits += (0..<suffix).map { offset in
            Edit.keep(old: old.count - suffix + offset, new: new.count - suffix + offset)
        }
        return edits
    }

    /// Returns the edits of the changed middle through a longest-common-subsequence table.
    private static func middleEdits(
        old: Range<Int>, new: Range<Int>, oldLines: [Substring], newLines: [Substring]
    ) -> [Edit] {
        guard !old.isEmpty, !new.isEmpty, old.count * new.count <= maximumComparedCells else {
            return old.map { Edit.remove(old: $0) } + new.map { Edit.add(new: $0) }
        }
        // lengths[i][j] is the LCS length of old[i...] and new[j...], in one flat array.
        let width = new.count + 1
        var lengths = [Int32](repeating: 0, count: (old.count + 1) * width)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                if oldLines[old.lowerBound + i] == newLines[new.lowerBound + j] {
                    lengths[i * width + j] = lengths[(i + 1) * width + j + 1] + 1
                } else {
                    lengths[i * width + j] = max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
                }
            }
        }

        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, oldLines[old.lowerBound + i] == newLines[new.lowerBound + j] {
                edits.append(.keep(old: old.lowerBound + i, new: new.lowerBound + j))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                // Removals before additions on a tie, as diff prints them.
                edits.append(.remove(old: old.lowerBound + i))
                i += 1
            } else {
                edits.append(.add(new: new.lowerBound + j))
                j += 1
            }
        }
        return edits
    }

    /// Groups the edits into hunks: each change with up to ``contextLines`` kept lines around it,
    /// merging changes whose context would touch or overlap.
    static func hunks(_ edits: [Edit]) -> [ArraySlice<Edit>] {
        let changed = edits.indices.filter { if case .keep = edits[$0] { false } else { true } }
        guard let first = changed.first else {
            return []
        }
        var hunks: [ArraySlice<Edit>] = []
        var start = max(first - contextLines, 0)
        var end = first
        for index in changed.dropFirst() {
            if index - end > 2 * contextLines {
                hunks.append(edits[start...min(end + contextLines, edits.count - 1)])
                start = index - contextLines
            }
            end = index
        }
        hunks.append(edits[start...min(end + contextLines, edits.count - 1)])
        return hunks
    }

    private static func render(_ hunk: ArraySlice<Edit>, oldLines: [Substring], newLines: [Substring]) -> [String] {
        var body: [String] = []
        var oldStart: Int?
        var newStart: Int?
        var oldCount = 0
        var newCount = 0
        var nextOld = 0
        var nextNew = 0
        for edit in hunk {
            switch edit {
            case .keep(let old, let new):
                oldStart = oldStart ?? old
                newStart = newStart ?? new
                body.append(" " + oldLines[old])
                oldCount += 1
                newCount += 1
                nextOld = old + 1
                nextNew = new + 1
            case .remove(let old):
                oldStart = oldStart ?? old
                body.append("-" + oldLines[old])
                oldCount += 1
                nextOld = old + 1
            case .add(let new):
                newStart = newStart ?? new
                body.append("+" + newLines[new])
                newCount += 1
                nextNew = new + 1
            }
        }
        // A side with no lines in the hunk is numbered by the line before the hunk, as diff does.
        let oldHeader = range(start: oldStart, count: oldCount, fallback: nextOld)
        let newHeader = range(start: newStart, count: newCount, fallback: nextNew)
        return ["@@ -\(oldHeader) +\(newHeader) @@"] + body
    }

    private static func range(start: Int?, count: Int, fallback: Int) -> String {
        guard let start, count > 0 else {
            return "\(fallback),0"
        }
        return count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }
}
