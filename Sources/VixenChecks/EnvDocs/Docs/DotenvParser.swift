/// Reads the variable names of a dotenv file such as `.env.example`, as python-dotenv 1.x and
/// Docker Compose read them.
///
/// A line is blank, a `#` comment, or `NAME=value` with an optional `export ` before it. A
/// bare `NAME` documents the variable without a value. Values may be empty, unquoted (a `#`
/// after whitespace starts a comment), or in single or double quotes, which may span lines. A
/// line that is none of these is reported as malformed, and the lines after it are still read.
/// CRLF line endings, a UTF-8 byte order mark and invalid UTF-8 are accepted.
public enum DotenvParser {
    /// The entries of a dotenv file.
    public struct Document: Sendable, Equatable {
        public var entries: [EnvDocEntry] = []
        public var malformed: [MalformedDotenvLine] = []
    }

    public static func parse(_ bytes: [UInt8], path: String) -> Document {
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let lines = textLines(bytes[bodyStart...])
        var document = Document()
        var index = 0
        while index < lines.count {
            index = parseLine(lines, at: index, path: path, into: &document)
        }
        return document
    }

    /// Reads the entry starting at line `index` (0-based) and returns the index of the next line to read.
    private static func parseLine(_ lines: [Substring], at index: Int, path: String, into document: inout Document)
        -> Int
    {
        let number = index + 1
        var rest = lines[index].drop { $0 == " " || $0 == "\t" }
        guard !rest.isEmpty, !rest.hasPrefix("#") else {
            return index + 1
        }
        if rest.hasPrefix("export "), rest.dropFirst(7).contains(where: { $0 != " " && $0 != "\t" }) {
            rest = rest.dropFirst(7).drop { $0 == " " || $0 == "\t" }
        }
        let name = rest.prefix { $0 != "=" && $0 != " " && $0 != "\t" && $0 != "#" }
        func malformed(_ problem: MalformedDotenvLine.Problem) -> Int {
            document.malformed.append(MalformedDotenvLine(path: path, line: number, problem: problem))
            return index + 1
        }
        guard isValidName(name) else {
            return malformed(.invalidName)
        }
        rest = rest.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty || rest.hasPrefix("#") {
            document.entries.append(EnvDocEntry(name: String(name), path: path, line: number))
            return index + 1
        }
        guard rest.hasPrefix("=") else {
            return malformed(.missingEquals)
        }
        let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard let quote = value.first, quote == "\"" || quote == "'" else {
            document.entries.append(EnvDocEntry(name: String(name), path: path, line: number))
            return index + 1
        }
        guard let (endLine, after) = closingQuote(quote, lines: lines, line: index, from: value.dropFirst()) else {
            return malformed(.unterminatedQuote)
        }
        let trailing = after.drop { $0 == " " || $0 == "\t" }
        guard trailing.isEmpty || trailing.hasPrefix("#") else {
            return malformed(.textAfterQuote)
        }
        document.entries.append(EnvDocEntry(name: String(name), path: path, line: number))
        return endLine + 1
    }

    /// Finds the quote that closes a value, on this line or a later one, skipping `\"` in double quotes.
    ///
    /// - Returns: The 0-based line of the closing quote and the text after it, or nil when none closes it.
    private static func closingQuote(_ quote: Character, lines: [Substring], line: Int, from start: Substring)
        -> (Int, Substring)?
    {
        var current = line
        var text = start
        while true {
            var escaped = false
            var position = text.startIndex
            while position < text.endIndex {
                let character = text[position]
                if escaped {
                    escaped = false
                } else if character == "\\", quote == "\"" {
                    escaped = true
                } else if character == quote {
                    return (current, text[text.index(after: position)...])
                }
                position = text.index(after: position)
            }
            current += 1
            guard current < lines.count else {
                return nil
            }
            text = lines[current]
        }
    }

    /// Splits text into lines at `\n`, without a `\r` before it, decoding invalid UTF-8 as U+FFFD.
    ///
    /// Lines are split as bytes, because Swift reads `\r\n` as one character that a split at
    /// `"\n"` would not find.
    static func textLines(_ bytes: ArraySlice<UInt8>) -> [Substring] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            let content = line.last == 0x0D ? line.dropLast() : line
            return Substring(String(decoding: content, as: UTF8.self))
        }
    }

    /// ASCII letters, digits and `_`, not starting with a digit, as POSIX names environment variables.
    static func isValidName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }
}
