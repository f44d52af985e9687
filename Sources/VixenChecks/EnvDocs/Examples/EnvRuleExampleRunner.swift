import VixenCore

/// Runs an env rule over its examples and describes every example it gets wrong.
public enum EnvRuleExampleRunner {
    /// Returns one line per failed example, or an empty list when the rule passes.
    ///
    /// An example fails when the rule's findings are not exactly at its expected places, or
    /// when a finding is more severe than the rule's default.
    public static func failures(of rule: any EnvRule) -> [String] {
        var failures: [String] = []
        if !rule.examples.contains(where: \.triggers) || !rule.examples.contains(where: { !$0.triggers }) {
            failures.append("\(rule.id): needs at least one example of each kind")
        }
        for (number, example) in rule.examples.enumerated() {
            let prefix = "\(rule.id) example \(number + 1) (\(example.summary))"
            let findings: [Finding]
            do {
                findings = try EnvScenario.findings(example, rules: [rule])
            } catch {
                failures.append("\(prefix): threw \(error)")
                continue
            }
            let found = findings.map { "\($0.file ?? "-"):\($0.line.map(String.init) ?? "-")" }.sorted()
            if found != example.expected.sorted() {
                failures.append("\(prefix): expected findings at \(example.expected.sorted()), found \(found)")
            }
            if findings.contains(where: { $0.rule != rule.id || $0.severity > rule.defaultSeverity }) {
                failures.append("\(prefix): reported another rule or a higher severity")
            }
        }
        return failures
    }
}
