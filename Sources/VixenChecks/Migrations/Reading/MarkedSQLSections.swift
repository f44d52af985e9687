/// A SQL file split into up and down sections by marker comments, as dbmate
/// (`-- migrate:up`) and goose (`-- +goose Up`) write them.
struct MarkedSQLSections {
    /// One section: its marker line and the text after it.
    struct Section {
        /// The 1-based line of the marker comment.
        let markerLine: Int
        /// The marker line itself, for options such as dbmate's `transaction:false`.
        let marker: String
        let text: String
        /// The 1-based line of the text's first line.
        let firstLine: Int
    }

    let up: Section
    let down: Section?

    /// Splits `lines` at the first line that `isUp` accepts and the first after it that
    /// `isDown` accepts; nil when no line is an up marker.
    init?(lines: [Substring], isUp: (Substring) -> Bool, isDown: (Substring) -> Bool) {
        guard let upIndex = lines.firstIndex(where: isUp) else {
            return nil
        }
        let downIndex = lines[(upIndex + 1)...].firstIndex(where: isDown)
        let upEnd = downIndex ?? lines.count
        up = Section(
            markerLine: upIndex + 1, marker: String(lines[upIndex]),
            text: lines[(upIndex + 1)..<upEnd].joined(separator: "\n"), firstLine: upIndex + 2)
        down = downIndex.map { index in
            Section(
                markerLine: index + 1, marker: String(lines[index]),
                text: lines[(index + 1)...].joined(separator: "\n"), firstLine: index + 2)
        }
    }

    /// Returns whether `line` is a `--` comment whose words, after the dashes, start with `words`,
    /// compared without case.
    static func isComment(_ line: Substring, startingWith words: [String]) -> Bool {
        guard line.hasPrefix("--") else {
            return false
        }
        let found = line.dropFirst(2).split(whereSeparator: \.isWhitespace).prefix(words.count)
        return found.count == words.count && zip(found, words).allSatisfy { $0.lowercased() == $1.lowercased() }
    }
}
