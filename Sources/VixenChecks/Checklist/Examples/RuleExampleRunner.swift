import VixenConfig
import VixenCore

/// Runs a checklist rule over its examples and describes every example it gets wrong.
public enum RuleExampleRunner {
    /// Returns one line per failed example, or an empty list when the rule passes.
    ///
    /// A triggering example fails when the rule reports elsewhere than expected, and a
    /// non-triggering one when the rule reports at all. Only findings of the rule itself count, and each must carry the rule's default severity.
    public static func failures(of rule: any ChecklistRule) -> [String] {
        var failures: [String] = []
        let examples = rule.examples
        if examples.triggering.isEmpty || examples.nonTriggering.isEmpty {
            failures.append("\(rule.id): needs at least one example of each kind")
        }
        for (number, example) in examples.triggering.enumerated() {
            failures += check(rule, example, label: "triggering example \(number + 1)")
        }
        for (number, example) in examples.nonTriggering.enumerated() {
            failures += check(rule, example, label: "non-triggering example \(number + 1)")
        }
        return failures
    }

    private static func check(_ rule: any ChecklistRule, _ example: RuleExample, label: String) -> [String] {
        let prefix = "\(rule.id) \(label) (\(example.summary))"
        let findings: [Finding]
        do {
            findings = try rule.findings(in: ChecklistInput(context: context(for: example), testRuns: example.testRuns))
        } catch {
            return ["\(prefix): threw \(error)"]
        }
        let own = findings.filter { $0.rule == rule.id }
        var failures: [String] = []
        let found = own.map { RuleExample.Location($0.file, line: $0.line) }
        if found.sorted(by: { $0.description < $1.description })
            != example.expected.sorted(by: { $0.description < $1.description })
        {
            failures.append("\(prefix): expected findings at \(example.expected), found \(found)")
        }
        if own.count != findings.count {
            failures.append("\(prefix): reported other rules: \(findings.map(\.rule))")
        }
        if own.contains(where: { $0.severity > rule.defaultSeverity }) {
            failures.append("\(prefix): a finding is more severe than \(rule.defaultSeverity)")
        }
        return failures
    }

    /// Builds the context an example runs in: one range whose diff is the example's change.
    public static func context(for example: RuleExample) throws -> CheckContext {
        var files = example.unchanged
        for file in example.changed where file.status != .deleted {
            files[file.path] = file.content
        }
        let head = InMemorySnapshot(files: files)
        let configuration = try Configuration.parse(bytes: Array(example.configuration.utf8), source: ".vixen-gate.yml")
        let changes = ChangeSet(
            base: nil, head: nil, diffBase: nil, commits: [], overall: example.changed.map(fileChange))
        return CheckContext(
            changes: changes, components: try ComponentResolver(configuration: configuration, snapshot: head),
            configuration: configuration, head: head)
    }

    private static func fileChange(_ file: RuleExample.File) -> FileChange {
        var builder = AddedTextBuilder()
        let lines = file.content.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where file.addedLines?.contains(offset + 1) ?? true {
            let isLast = offset == lines.count - 1
            guard !(isLast && line.isEmpty) else {
                continue
            }
            var bytes = Array(line.utf8)
            if !isLast {
                bytes.append(0x0A)
            }
            bytes.withUnsafeBytes { builder.append(number: offset + 1, content: $0) }
        }
        let content: FileChange.Content = file.size == nil ? .text(builder.build()) : .binary
        return FileChange(
            path: file.path, status: file.status, content: content,
            size: file.size ?? Int64(file.content.utf8.count))
    }
}
