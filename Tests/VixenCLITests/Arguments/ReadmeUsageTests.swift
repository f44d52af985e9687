import Foundation
import Testing
import VixenCLI
import VixenCore

/// The usage block of README.md and README.es.md, compared with `vixen-gate COMMAND --help`.
///
/// Each command line must show the options of its help's usage line, in the same order, required
/// or optional alike. `--lang`, which every command takes, is left out of the block.
@Suite struct ReadmeUsageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// An option as a usage line shows it: its name, and whether brackets mark it optional.
    struct Option: Equatable, CustomStringConvertible {
        let name: String
        let isRequired: Bool

        var description: String { isRequired ? "--\(name)" : "[--\(name)]" }
    }

    /// Returns each command line of the first `sh` block after `heading`, continuation lines joined.
    static func usageLines(in file: String, after heading: String) throws -> [String] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let section = try #require(lines.firstIndex(of: heading))
        let start = try #require(lines[section...].firstIndex(of: "```sh"))
        var commands: [String] = []
        for line in lines[(start + 1)...].prefix(while: { $0 != "```" }) {
            if line.hasPrefix("vixen-gate ") {
                commands.append(line)
            } else if let last = commands.popLast() {
                commands.append(last + " " + line.trimmingCharacters(in: .whitespaces))
            }
        }
        return commands
    }

    /// Returns the command words of a usage line, such as `["state", "init"]`.
    static func commandWords(_ line: String) -> [String] {
        let tokens = line.split(separator: " ").dropFirst().map(String.init)
        return tokens.prefix { token in
            !token.hasPrefix("-") && token.allSatisfy { $0.isLowercase || $0 == "-" }
        }
    }

    static func options(_ line: String) -> [Option] {
        line.split(separator: " ").compactMap { token in
            let isRequired = token.hasPrefix("--")
            guard isRequired || token.hasPrefix("[--") else {
                return nil
            }
            let name = token.drop { $0 == "[" || $0 == "-" }.prefix { $0.isLowercase || $0 == "-" }
            return Option(name: String(name), isRequired: isRequired)
        }
    }

    static func expectMatchesHelp(_ lines: [String]) throws {
        #expect(lines.count == 18)
        for line in lines {
            let words = commandWords(line)
            let help = try VixenGateCommandLine.helpText(for: words, language: .english)
            let usage = String(help.split(separator: "\n\n").first ?? "")
            let expected = options(usage).filter { $0.name != "lang" }
            #expect(options(line) == expected, "vixen-gate \(words.joined(separator: " "))")
        }
    }

    @Test func englishBlockMatchesHelp() throws {
        try Self.expectMatchesHelp(try Self.usageLines(in: "README.md", after: "## Usage"))
    }

    @Test func spanishBlockMatchesEnglish() throws {
        let english = try Self.usageLines(in: "README.md", after: "## Usage")
        let spanish = try Self.usageLines(in: "README.es.md", after: "## Uso")
        #expect(spanish == english)
    }
}
