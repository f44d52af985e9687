import Foundation

/// Reads the variables that Markdown tables document, such as a README's configuration table.
///
/// A table is a header row, a delimiter row (`|---|:---:|`) and body rows, as GitHub Flavored
/// Markdown defines them. In each body row, the first cell documents the variables it writes in
/// backticks (`` `DATABASE_URL` ``), or, without backticks, a name in capitals such as
/// `DATABASE_URL`, so a word of prose is not taken for a variable. Tables inside fenced code
/// blocks are skipped.
public enum MarkdownTableParser {
    public static func entries(_ bytes: [UInt8], path: String) -> [EnvDocEntry] {
        let lines = DotenvParser.textLines(bytes[...])
        var entries: [EnvDocEntry] = []
        var fence: Substring?
        var inTable = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if trimmed.hasPrefix(open) {
                    fence = nil
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                inTable = false
                continue
            }
            if inTable {
                guard trimmed.contains("|") else {
                    inTable = false
                    continue
                }
                for name in names(inFirstCellOf: trimmed) {
                    entries.append(EnvDocEntry(name: name, path: path, line: index + 1))
                }
            } else if index + 1 < lines.count, trimmed.contains("|"), isDelimiterRow(lines[index + 1]) {
                inTable = true
            }
        }
        return entries
    }

    /// Skips the delimiter row itself: the row after the header is never read as a body row.
    private static func isDelimiterRow(_ line: Substring) -> Bool {
        let cells = cells(of: line.drop { $0 == " " || $0 == "\t" })
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                let core = cell.trimmingCharacters(in: [" ", "\t"])
                let dashes = core.drop { $0 == ":" }.reversed().drop { $0 == ":" }
                return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
            }
    }

    private static func names(inFirstCellOf row: Substring) -> [String] {
        guard let first = cells(of: row).first else {
            return []
        }
        let spans = first.split(separator: "`", omittingEmptySubsequences: false)
        if spans.count >= 3 {
            return stride(from: 1, to: spans.count - 1, by: 2).map { String(spans[$0]) }.filter {
                DotenvParser.isValidName(Substring($0))
            }
        }
        let plain = first.trimmingCharacters(in: [" ", "\t", "*"])
        let isCapitals =
            plain.count >= 2
            && plain.unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
            }
        return isCapitals && DotenvParser.isValidName(Substring(plain)) ? [plain] : []
    }

    /// Splits a row at `|` not escaped as `\|`, without the empty cells outside its outer pipes.
    private static func cells(of row: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        if row.hasPrefix("|") {
            cells.removeFirst()
        }
        if row.trimmingCharacters(in: [" ", "\t"]).hasSuffix("|"), !cells.isEmpty {
            cells.removeLast()
        }
        return cells
    }
}
