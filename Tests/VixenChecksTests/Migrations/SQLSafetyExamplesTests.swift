import Testing

@testable import VixenChecks

/// Runs every SQL safety rule's examples: each trigger must report the rule's hazard and each
/// pass must not.
///
/// Each trigger also runs after a comment line with CRLF line ends, where it must report the same
/// findings one line lower, and inside a block comment and a dollar-quoted string, where nothing
/// may be reported.
@Suite struct SQLSafetyExamplesTests {
    private let linter = SQLSafetyLinter()

    @Test func everyRulePassesItsExamples() {
        let hazards = SQLSafetyLinter.rules.map(\.hazard)
        #expect(hazards.count == MigrationHazard.allCases.count)
        #expect(Set(hazards) == Set(MigrationHazard.allCases))

        for rule in SQLSafetyLinter.rules {
            #expect(!rule.examples.triggers.isEmpty, "\(rule.hazard.rule) has no example that triggers it")
            #expect(!rule.examples.passes.isEmpty, "\(rule.hazard.rule) has no example that passes")
            for example in rule.examples.triggers {
                checkTrigger(example, of: rule.hazard)
            }
            for example in rule.examples.passes {
                let found = lines(of: rule.hazard, in: example)
                #expect(found.isEmpty, "\(rule.hazard.rule) reports lines \(found) of a passing example:\n\(example)")
            }
        }
    }

    private func checkTrigger(_ example: String, of hazard: MigrationHazard) {
        let found = lines(of: hazard, in: example)
        #expect(!found.isEmpty, "\(hazard.rule) does not report its example:\n\(example)")

        let shifted = "-- first line\r\n" + example.replacing("\n", with: "\r\n")
        let shiftedLines = lines(of: hazard, in: shifted)
        #expect(shiftedLines == found.map { $0 + 1 }, "\(hazard.rule) reports other lines with CRLF:\n\(example)")

        let commented = linter.lint("/* " + example + " */", inTransaction: false)
        #expect(commented.isEmpty, "\(hazard.rule) reports its example inside a comment:\n\(example)")
        let quoted = linter.lint("SELECT $example$" + example + "$example$;", inTransaction: false)
        #expect(quoted.isEmpty, "\(hazard.rule) reports its example inside a string:\n\(example)")
    }

    private func lines(of hazard: MigrationHazard, in sql: String) -> [Int] {
        linter.lint(sql, inTransaction: false).filter { $0.hazard == hazard }.map(\.line)
    }
}
