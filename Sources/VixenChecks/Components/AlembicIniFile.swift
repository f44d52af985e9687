/// Reads `script_location` values from the text of an `alembic.ini`.
///
/// This follows Python's configparser defaults, which Alembic uses: keys are
/// case-insensitive, `=` or `:` separates a key from its value, and lines starting with
/// `#` or `;` are comments. Inline comments are not stripped, because configparser keeps
/// them by default. Indented lines continue the previous value and are skipped here, since
/// a folder path fits on one line.
enum AlembicIniFile {
    /// Returns every `script_location` value of every section, in file order, trimmed.
    static func scriptLocations(in text: String) -> [String] {
        var locations: [String] = []
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        for rawLine in body.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            guard let first = rawLine.first, !first.isWhitespace else {
                continue
            }
            let line = rawLine.trimmingWhitespace()
            guard !line.hasPrefix("#"), !line.hasPrefix(";"), !line.hasPrefix("[") else {
                continue
            }
            guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                continue
            }
            let key = line[..<separator].trimmingWhitespace().lowercased()
            if key == "script_location" {
                locations.append(String(line[line.index(after: separator)...].trimmingWhitespace()))
            }
        }
        return locations
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var result = drop(while: \.isWhitespace)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return result
    }
}
