import Foundation
import VixenChecks
import VixenConfig
import VixenCore

/// Builders of rule files, change sets and scanners for the secret tests.
///
/// Test secrets are assembled from pieces at run time, so that no credential-shaped string sits
/// in the source as one literal.
enum SecretsFixtures {
    /// A cache folder that every test and every run share, so the built-in rules compile once.
    ///
    /// Sharing is safe because a file's name is its rules' key and the cache writes a temporary
    /// file and renames it. Tests that check the cache's own behavior use folders of their own.
    static let sharedCache = FileManager.default.temporaryDirectory.appendingPathComponent(
        "vixen-gate-tests-secrets-cache")

    /// An environment whose cache folder is ``sharedCache``.
    static var cacheEnvironment: [String: String] {
        ["XDG_CACHE_HOME": sharedCache.path]
    }

    /// An AWS-style access key id: a 20-character value with a 16-character random body.
    static let accessKeyID = "AKIA" + "GDXLFKA7" + "AMOWPJYN"
    /// A 40-character token body.
    static let token = "HvfItOgWJOadFLFB" + "xqb2dnoM6RU2Xrhh" + "TfppQp0z"

    /// Returns the text of a one-rule file; `fields` are extra YAML lines of the rule.
    static func ruleFile(
        id: String = "secret.test-token",
        pattern: String,
        fields: [String] = [],
        example: String = "tok_abcdefghijklmnop",
        negative: String = "nothing here"
    ) -> String {
        var lines = [
            "rules:",
            "  - id: \(id)",
            "    description: {en: \"Test token\", es: \"Token de prueba\"}",
            "    pattern: '\(pattern)'",
        ]
        lines += fields.map { "    " + $0 }
        lines += [
            "    examples: ['\(example)']",
            "    negative_examples: ['\(negative)']",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func file(_ text: String, source: String = "test.yml") -> RuleFileBytes {
        RuleFileBytes(path: source, source: source, bytes: Array(text.utf8))
    }

    /// Parses rule files that must be valid.
    static func rules(_ texts: String...) throws -> [SecretRule] {
        let parsed = RuleFileParser.parse(texts.enumerated().map { file($1, source: "test\($0).yml") })
        guard parsed.isValid else {
            throw FixtureError.invalidRules(parsed.problems.map { $0.formatted(.english) })
        }
        return parsed.rules
    }

    /// Returns the rules of the built-in files.
    static func builtInRules() throws -> [SecretRule] {
        RuleFileParser.parse(try BuiltInRules.files()).rules
    }

    /// Returns a scanner of the built-in rules, compiled once per test process.
    static func builtInScanner() throws -> SecretScanner {
        let cache = DatabaseCache(directory: sharedCache.appendingPathComponent("vixen-gate"))
        return try SecretScanner(rules: builtInRules(), cache: cache)
    }

    /// Returns added text for `lines`, numbered from `firstLine`; each line keeps its own ending.
    static func addedText(_ lines: [[UInt8]], firstLine: Int = 1) -> AddedText {
        var builder = AddedTextBuilder()
        for (offset, line) in lines.enumerated() {
            line.withUnsafeBytes { builder.append(number: firstLine + offset, content: $0) }
        }
        return builder.build()
    }

    /// Returns added text for `text` split after each newline, numbered from `firstLine`.
    static func addedText(_ text: String, firstLine: Int = 1) -> AddedText {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            current.append(byte)
            if byte == UInt8(ascii: "\n") {
                lines.append(current)
                current = []
            }
        }
        if !current.isEmpty {
            lines.append(current)
        }
        return addedText(lines, firstLine: firstLine)
    }

    static func textFile(_ path: String, _ text: AddedText, status: FileChange.Status = .added) -> FileChange {
        FileChange(path: path, status: status, content: .text(text), size: Int64(text.bytes.count))
    }

    static func commit(_ number: Int, _ files: [FileChange]) -> CommitChange {
        let hex = String(repeating: String(number), count: 40).prefix(40)
        return CommitChange(
            id: ObjectID(hex: String(hex)), parents: [], summary: "commit \(number)", authorName: "Test",
            time: Date(timeIntervalSince1970: 0), files: files)
    }

    static func changes(
        commits: [CommitChange] = [], staged: [FileChange] = [], worktree: [FileChange] = []
    ) -> ChangeSet {
        ChangeSet(
            base: nil, head: commits.last?.id, diffBase: nil, commits: commits, overall: [], staged: staged,
            worktree: worktree)
    }

    static func context(_ changes: ChangeSet, configuration: Configuration = .default) throws -> CheckContext {
        let resolver = try ComponentResolver(configuration: configuration, snapshot: InMemorySnapshot(files: [:]))
        return CheckContext(changes: changes, components: resolver, configuration: configuration)
    }

    static func configuration(_ yaml: String) throws -> Configuration {
        try Configuration.parse(bytes: Array(yaml.utf8), source: ".vixen-gate.yml")
    }

    /// Returns the secrets that `scanner` finds in `text`, as strings.
    static func secrets(in text: [UInt8], scanner: SecretScanner) throws -> [String] {
        try scanner.makeSession().scan(text).map { String(decoding: text[$0.secret], as: UTF8.self) }
    }

    enum FixtureError: Error {
        case invalidRules([String])
    }
}
