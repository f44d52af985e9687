import Testing
import VixenChecks

/// Runs every example of every `migration.*` rule.
@Suite struct MigrationRuleExamplesTests {
    @Test(arguments: MigrationRuleExamples.all)
    func example(_ example: MigrationRuleExample) throws {
        let findings = try example.scenario.findings().filter { $0.rule.description == example.rule }
        if example.triggers {
            #expect(!findings.isEmpty, "\(example)")
            if let location = example.location {
                let places = findings.map { "\($0.file ?? "-"):\($0.line.map(String.init) ?? "-")" }
                #expect(places.contains(location), "\(example): found at \(places)")
            }
        } else {
            #expect(findings.isEmpty, "\(example): \(findings.map(\.message.english))")
        }
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in MigrationsCheck.rules.map(\.id.description) {
            let examples = MigrationRuleExamples.all.filter { $0.rule == rule }
            #expect(examples.contains { $0.triggers }, "\(rule) has no example that triggers it")
            #expect(examples.contains { !$0.triggers }, "\(rule) has no example that must not trigger it")
        }
    }

    @Test func examplesNameKnownRules() {
        let known = Set(MigrationsCheck.rules.map(\.id.description))
        #expect(MigrationRuleExamples.all.filter { !known.contains($0.rule) }.map(\.rule) == [])
    }
}
