/// Turns pg_dump's `--schema-only` output into text that is equal for equal schemas.
///
/// pg_dump writes objects in a stable order, but also comments (the dump's own version, and a
/// header per object), session settings, and since the August 2025 releases (17.6, 16.10, 15.14
/// and older branches) a `\restrict` line with a random key. None of these describe the schema.
public enum SchemaDump {
    /// Returns the dump without comment lines, `SET` lines, the search-path reset, the
    /// `\restrict` and `\unrestrict` lines, trailing spaces, and blank lines at either end, with runs
    /// of blank lines made one.
    public static func normalize(_ dump: String) -> String {
        var lines: [Substring] = []
        for rawLine in dump.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingTrailingSpaces()
            if isNoise(line) {
                continue
            }
            if line.isEmpty, lines.last?.isEmpty ?? true {
                continue
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true {
            lines.removeLast()
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private static func isNoise(_ line: Substring) -> Bool {
        line.hasPrefix("--") || line.hasPrefix("SET ") || line.hasPrefix("\\restrict ")
            || line.hasPrefix("\\unrestrict ") || line == "SELECT pg_catalog.set_config('search_path', '', false);"
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var line = self
        while let last = line.last, last == " " || last == "\t" || last == "\r" {
            line.removeLast()
        }
        return line
    }
}
