/// Splits a Dockerfile into parser directives and instructions, the way BuildKit's front end
/// reads them.
///
/// - Parser directives (`# syntax=…`, `# escape=…`, `# check=…`) count only at the top, before
///   any instruction, comment or blank line, as Docker's reference specifies.
/// - A line whose last character other than whitespace is the escape character (`\`, or the
///   one `# escape=` sets) continues on the next line. Comment lines and empty lines inside a
///   continuation are dropped.
/// - `<<EOF`, `<<-EOF`, `<<"EOF"` and `<<'EOF'` start a here-document, whose lines run up to a
///   line that is exactly the delimiter (after leading tabs, for `<<-`).
///
/// It never fails: a broken instruction is kept as written, so checks can still read the rest.
struct DockerfileParser {
    private let lines: [Substring]
    private var index = 0
    private var escape: Character = "\\"
    private var directives: [DockerParserDirective] = []
    private var instructions: [DockerInstruction] = []

    /// Splits `bytes` into lines at `\n`, dropping a `\r` before it, and decodes each line as
    /// UTF-8 with U+FFFD for invalid bytes.
    ///
    /// The split happens on bytes because Swift reads `\r\n` as one `Character`.
    init(bytes: [UInt8]) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true {
            lines.removeLast()
        }
        self.lines = lines.map { line in
            let content = line.last == 0x0D ? line.dropLast() : line
            return Substring(String(decoding: content, as: UTF8.self))
        }
    }

    mutating func parse() -> (directives: [DockerParserDirective], instructions: [DockerInstruction]) {
        readDirectives()
        while index < lines.count {
            let trimmed = lines[index].drop(while: \.isWhitespace)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            readInstruction()
        }
        return (directives, instructions)
    }

    /// Reads the directives at the top of the file, stopping at the first other line.
    private mutating func readDirectives() {
        var seen = Set<String>()
        while index < lines.count, let directive = DockerParserDirective(line: lines[index]) {
            guard seen.insert(directive.name).inserted else {
                return
            }
            directives.append(directive)
            if directive.name == "escape", directive.value == "`" {
                escape = "`"
            }
            index += 1
        }
    }

    private mutating func readInstruction() {
        let firstLine = index + 1
        var text = ""
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let continued = withoutEscape(line) else {
                text += line
                break
            }
            text += continued
            skipCommentsInContinuation()
        }
        let trimmed = text.drop(while: \.isWhitespace)
        let name = trimmed.prefix { !$0.isWhitespace }
        let arguments = trimmed.dropFirst(name.count).trimmingWhitespace()
        let heredocs = readHeredocs(for: arguments)
        instructions.append(
            DockerInstruction(
                keyword: name.uppercased(), arguments: arguments, line: firstLine, lastLine: index, heredocs: heredocs))
    }

    /// Returns the line without its trailing escape character, or nil when it does not continue.
    private func withoutEscape(_ line: Substring) -> Substring? {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace {
            end = line.index(before: end)
        }
        guard end > line.startIndex, line[line.index(before: end)] == escape else {
            return nil
        }
        return line[..<line.index(before: end)]
    }

    private mutating func skipCommentsInContinuation() {
        while index < lines.count {
            let trimmed = lines[index].drop(while: \.isWhitespace)
            guard trimmed.isEmpty || trimmed.hasPrefix("#") else {
                return
            }
            index += 1
        }
    }

    /// Reads the bodies of the here-documents that `arguments` opens, in order.
    private mutating func readHeredocs(for arguments: String) -> [DockerHeredoc] {
        var heredocs: [DockerHeredoc] = []
        for marker in DockerHeredocMarker.all(in: arguments) {
            var body: [Substring] = []
            var isTerminated = false
            while index < lines.count {
                let line = lines[index]
                index += 1
                let compared = marker.stripsTabs ? line.drop { $0 == "\t" } : line
                if compared == marker.delimiter {
                    isTerminated = true
                    break
                }
                body.append(line)
            }
            heredocs.append(
                DockerHeredoc(
                    delimiter: marker.delimiter, body: body.joined(separator: "\n"), isTerminated: isTerminated))
        }
        return heredocs
    }
}

/// A `<<WORD` that opens a here-document in an instruction's arguments.
struct DockerHeredocMarker {
    let delimiter: String
    /// True for `<<-WORD`, whose body and delimiter line may be indented with tabs.
    let stripsTabs: Bool

    /// Returns the markers in `arguments`, in order; `<<` followed by anything but a name,
    /// as in the shift `$((1<<2))`, is no marker.
    static func all(in arguments: String) -> [DockerHeredocMarker] {
        var markers: [DockerHeredocMarker] = []
        var rest = Substring(arguments)
        while let range = rest.firstRange(of: "<<") {
            rest = rest[range.upperBound...]
            let stripsTabs = rest.first == "-"
            if stripsTabs {
                rest = rest.dropFirst()
            }
            var quote: Character?
            if let first = rest.first, first == "\"" || first == "'" {
                quote = first
                rest = rest.dropFirst()
            }
            guard let first = rest.first, first.isLetter || first == "_" else {
                continue
            }
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            rest = rest.dropFirst(word.count)
            if let quote {
                guard rest.first == quote else {
                    continue
                }
                rest = rest.dropFirst()
            }
            markers.append(DockerHeredocMarker(delimiter: String(word), stripsTabs: stripsTabs))
        }
        return markers
    }
}

extension Substring {
    /// Returns the text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        let start = drop(while: \.isWhitespace)
        var end = start.endIndex
        while end > start.startIndex, start[start.index(before: end)].isWhitespace {
            end = start.index(before: end)
        }
        return String(start[..<end])
    }
}
