import Testing
import VixenChecks
import VixenCore

/// Runs every `env.*` rule over the changes it must report and the changes it must leave alone.
@Suite struct EnvRuleExamplesTests {
    @Test func everyRulePassesItsExamples() {
        for rule in EnvCheck.rules {
            for failure in EnvRuleExampleRunner.failures(of: rule) {
                Issue.record("\(failure)")
            }
        }
        #expect(EnvCheck.rules.count == 6)
    }

    @Test func ruleIDsAreUniqueEnvIDs() {
        let ids = EnvCheck.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.family == .env })
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        for rule in EnvCheck.rules {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id)")
            #expect(rule.examples.contains(where: { !$0.triggers }), "\(rule.id)")
        }
    }

    /// A runner that accepted anything would pass every rule, so a wrong expectation must fail.
    @Test func runnerReportsWrongExpectation() {
        let failures = EnvRuleExampleRunner.failures(of: WrongExpectationRule())
        #expect(failures.count == 2)
        #expect(failures.first?.hasPrefix("env.undocumented example 1 (expects line 3)") == true)
    }

    @Test func inlineCommentSuppressesFinding() throws {
        let example = EnvRuleExample(
            "allowed",
            head: EnvRuleExample.appLayout.merging([
                "backend/app/a.py": "import os\nos.getenv(\"X_ONE\")  # vixen-gate:allow env.undocumented\n"
            ]) { $1 })
        #expect(try EnvScenario.findings(example, rules: EnvCheck.rules).isEmpty)
    }
}

/// The undocumented rule with examples whose expectations are wrong, to test the runner itself.
private struct WrongExpectationRule: EnvRule {
    let base = UndocumentedRule()
    var id: RuleID { base.id }
    var defaultSeverity: Severity { base.defaultSeverity }
    var shortDescription: LocalizedText { base.shortDescription }
    var fullDescription: LocalizedText { base.fullDescription }
    var help: LocalizedText { base.help }

    var examples: [EnvRuleExample] {
        [
            EnvRuleExample(
                "expects line 3",
                head: EnvRuleExample.appLayout.merging(["backend/app/a.py": "import os\nos.getenv(\"X_ONE\")\n"]) {
                    $1
                },
                expected: ["backend/app/a.py:3"]),
            EnvRuleExample(
                "reported anyway",
                head: EnvRuleExample.appLayout.merging(["backend/app/b.py": "import os\nos.getenv(\"X_TWO\")\n"]) { $1 }
            ),
        ]
    }

    func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        try base.findings(in: analysis)
    }
}
