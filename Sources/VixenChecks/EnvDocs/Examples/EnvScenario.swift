import Foundation
import VixenConfig
import VixenCore

/// Turns an ``EnvRuleExample`` into a ``CheckContext`` of one commit and runs rules over it.
public enum EnvScenario {
    /// Returns the findings of `rules` over the example, through ``CheckEngine`` so that
    /// severities and inline suppressions apply as in a real run.
    public static func findings(_ example: EnvRuleExample, rules: [any EnvRule]) throws -> [Finding] {
        try CheckEngine(checks: [EnvCheck(rules: rules)]).run(context(for: example))
    }

    public static func context(for example: EnvRuleExample) throws -> CheckContext {
        let configuration = try Configuration.parse(bytes: Array(example.configuration.utf8), source: ".vixen-gate.yml")
        let head = InMemorySnapshot(files: example.head)
        let files = changes(from: example.base ?? [:], to: example.head)
        let commit = CommitChange(
            id: ObjectID(hex: String(repeating: "c", count: 40)), parents: [], summary: "Change", authorName: "A",
            time: Date(timeIntervalSince1970: 0), files: files)
        let baseID = example.base == nil ? nil : ObjectID(hex: String(repeating: "b", count: 40))
        let changeSet = ChangeSet(base: baseID, head: commit.id, diffBase: baseID, commits: [commit], overall: files)
        return CheckContext(
            changes: changeSet, components: try ComponentResolver(configuration: configuration, snapshot: head),
            configuration: configuration, head: head, base: example.base.map { InMemorySnapshot(files: $0) })
    }

    private static func changes(from base: [String: String], to head: [String: String]) -> [FileChange] {
        var files: [FileChange] = []
        for path in Set(base.keys).union(head.keys).sorted() {
            switch (base[path], head[path]) {
            case (nil, let new?):
                let lines = self.lines(new)
                files.append(change(path, .added, lines: lines, added: Set(lines.indices.map { $0 + 1 })))
            case (let old?, let new?) where old != new:
                let lines = self.lines(new)
                files.append(change(path, .modified, lines: lines, added: addedLines(self.lines(old), lines)))
            case (.some, nil):
                files.append(change(path, .deleted, lines: [], added: []))
            default:
                continue
            }
        }
        return files
    }

    private static func change(_ path: String, _ status: FileChange.Status, lines: [String], added: Set<Int>)
        -> FileChange
    {
        var builder = AddedTextBuilder()
        for (offset, line) in lines.enumerated() where added.contains(offset + 1) {
            Array(line.utf8).withUnsafeBytes { builder.append(number: offset + 1, content: $0) }
        }
        let size = Int64(lines.reduce(0) { $0 + $1.utf8.count })
        return FileChange(path: path, status: status, content: .text(builder.build()), size: size)
    }

    /// Returns the 1-based numbers of the lines of `new` that a longest common subsequence with
    /// `old` does not keep, as a diff shows them added.
    static func addedLines(_ old: [String], _ new: [String]) -> Set<Int> {
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var added = Set<Int>()
        var i = 0
        var j = 0
        while j < new.count {
            if i < old.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                added.insert(j + 1)
                j += 1
            }
        }
        return added
    }

    /// Splits text into lines that keep their `\n`, at `\n` bytes as git does, so `\r\n` splits too.
    private static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            current.append(byte)
            if byte == 0x0A {
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
            }
        }
        if !current.isEmpty {
            lines.append(String(decoding: current, as: UTF8.self))
        }
        return lines
    }
}
