import Testing
import VixenChecks
import VixenCore

/// Runs every checklist rule over the examples it must report and the examples it must leave alone.
@Suite struct ChecklistExamplesTests {
    @Test func everyRulePassesItsExamples() {
        let rules = ChecklistCheck.rules
        for rule in rules {
            for failure in RuleExampleRunner.failures(of: rule) {
                Issue.record("\(failure)")
            }
        }
        #expect(rules.count == 12)
    }

    @Test func ruleIDsAreUniqueChecklistIDs() {
        let ids = ChecklistCheck.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.family == .checklist })
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        for rule in ChecklistCheck.rules {
            #expect(!rule.examples.triggering.isEmpty, "\(rule.id)")
            #expect(!rule.examples.nonTriggering.isEmpty, "\(rule.id)")
        }
    }

    /// A runner that accepted anything would pass every rule, so a wrong expectation must fail.
    @Test func runnerReportsWrongExpectation() {
        let rule = WrongExpectationRule()
        let failures = RuleExampleRunner.failures(of: rule)
        #expect(failures.count == 2)
        #expect(failures.first?.hasPrefix("checklist.debugger triggering example 1 (expects line 3)") == true)
    }
}

/// The debugger rule with examples whose expectations are wrong, to test the runner itself.
private struct WrongExpectationRule: ChecklistRule {
    let base = DebuggerRule()
    var id: RuleID { base.id }
    var defaultSeverity: Severity { base.defaultSeverity }
    var shortDescription: LocalizedText { base.shortDescription }
    var fullDescription: LocalizedText { base.fullDescription }
    var help: LocalizedText { base.help }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "expects line 3", changed: [.added("frontend/src/a.js", "debugger\n")],
                    unchanged: RuleExample.appLayout, expected: [.init("frontend/src/a.js", line: 3)])
            ],
            nonTriggering: [
                RuleExample(
                    "reported anyway", changed: [.added("frontend/src/b.js", "debugger\n")],
                    unchanged: RuleExample.appLayout)
            ])
    }

    func findings(in input: ChecklistInput) throws -> [Finding] {
        try base.findings(in: input)
    }
}
