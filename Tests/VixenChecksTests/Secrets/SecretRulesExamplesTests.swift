import Testing
import VixenChecks

/// Runs every built-in rule's examples and negative examples, in every rule file of the
/// folder, through the same checks as `vixen-gate rules check`.
@Suite struct SecretRulesExamplesTests {
    @Test func everyBuiltInRulePassesItsExamples() throws {
        let files = try BuiltInRules.files()
        let report = try RuleChecker.check(files)

        let parsed = RuleFileParser.parse(files)
        #expect(report.rules.count == parsed.rules.count)
        #expect(report.declaredCount == report.rules.count)
        #expect(report.rules.count >= 15)
        #expect(files.contains { $0.path == "core.yml" })
        for problem in report.problems {
            Issue.record("\(problem.formatted(.english))")
        }
        #expect(report.problems.isEmpty)
    }
}
