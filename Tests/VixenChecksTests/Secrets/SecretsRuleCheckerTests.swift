import Testing
import VixenChecks
import VixenConfig
import VixenCore

@Suite struct SecretsRuleCheckerTests {
    @Test func everyProblemNamesRuleAndExample() throws {
        let text = """
            rules:
              - id: secret.lookaround
                description: {en: "A", es: "A"}
                pattern: 'key=(?=[a-z])[a-z]{16}'
                examples: ['key=abcdefghijklmnop']
                negative_examples: ['key=']
              - id: secret.bad-confirm
                description: {en: "B", es: "B"}
                pattern: 'bbb_[a-z]{16}'
                confirm: '(bbb_[a-z]{16}'
                examples: ['bbb_abcdefghijklmnop']
                negative_examples: ['bbb_']
              - id: secret.second-example
                description: {en: "C", es: "C"}
                pattern: 'ccc_[a-z0-9]{16}'
                min_entropy: 3
                examples: ['ccc_q8w7e6r5t4y3u2i1', 'ccc_aaaaaaaaaaaaaaaa']
                negative_examples: ['ccc_short']
              - id: secret.loose
                description: {en: "D", es: "D"}
                pattern: 'ddd_[a-z]{8}'
                examples: ['ddd_abcdefgh']
                negative_examples: ['ok', 'ddd_zyxwvuts']
              - id: secret.fine
                description: {en: "E", es: "E"}
                pattern: 'eee_[a-z]{8}'
                examples: ['eee_abcdefgh']
                negative_examples: ['eee_']

            """
        let report = try RuleChecker.check([SecretsFixtures.file(text, source: "custom.yml")])

        #expect(report.rules.map(\.id.description) == ["secret.second-example", "secret.loose", "secret.fine"])
        #expect(report.errorCount == 4)
        #expect(report.warningCount == 0)
        let lines = report.problems.map { $0.formatted(.english) }
        #expect(lines.count == 4)
        #expect(
            lines.first
                == "custom.yml:10:14: error: secret.bad-confirm: PCRE2 rejects confirm: \"missing closing parenthesis "
                + "(offset 14)\". Fix the pattern.")
        #expect(
            lines.dropFirst().first?.hasPrefix(
                "custom.yml:4:14: error: secret.lookaround: Vectorscan rejects pattern: \"") == true)
        #expect(
            lines.dropFirst(2).first
                == "custom.yml:17:40: error: secret.second-example: Example 2 does not match: the secret is dropped "
                + "because its entropy, 0.88 bits per byte, is below min_entropy 3.0.")
        #expect(
            lines.last
                == "custom.yml:23:31: error: secret.loose: Negative example 2 matches, with a secret of 12 characters, "
                + "fingerprint 3b835f6f72a4. Tighten the pattern, or add a stopword or an allowlist entry.")
    }

    @Test func matchedNegativeExampleShowsOnlyRedactedSecret() throws {
        let text = SecretsFixtures.ruleFile(
            pattern: "tok_[a-z]{16}", example: "tok_abcdefghijklmnop", negative: "tok_zyxwvutsrqponmlk")
        let report = try RuleChecker.check([SecretsFixtures.file(text, source: "t.yml")])

        let lines = report.problems.map { $0.formatted(.english) }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("with a secret of 20 characters, starts with \"tok_\", fingerprint ") == true)
        #expect(lines.first?.contains("zyxw") == false)
    }

    @Test func unclosedRepetitionNamesColumn() throws {
        let text = SecretsFixtures.ruleFile(pattern: "tok_[a-z]{32", example: "tok_abcdefghijklmnop")
        let report = try RuleChecker.check([SecretsFixtures.file(text, source: "t.yml")])

        #expect(
            report.problems.map { $0.formatted(.english) } == [
                "t.yml:4:14: error: secret.test-token: Invalid pattern: the \"{\" at column 10 of the pattern starts "
                    + "the repetition count \"{32\" but has no closing \"}\", so PCRE2 and Vectorscan would match it as "
                    + "literal text. Close it, as in {32}, or escape it as \\{."
            ])
        #expect(report.rules == [])
    }

    @Test func unclosedRepetitionInConfirmRejected() throws {
        let text = SecretsFixtures.ruleFile(
            pattern: "tok_[a-z]{16}", fields: ["confirm: '(tok_[a-z]{16,)'", "secret_group: 1"],
            example: "tok_abcdefghijklmnop")
        let report = try RuleChecker.check([SecretsFixtures.file(text, source: "t.yml")])

        #expect(report.problems.map(\.position) == [RulePosition(line: 5, column: 14)])
        #expect(report.problems.first?.message.english.hasPrefix("Invalid confirm: the \"{\" at column 11") == true)
    }

    @Test func exampleWithoutHitExplained() throws {
        let text = SecretsFixtures.ruleFile(pattern: "tok_[a-z]{16}", example: "tok_ABC")
        let report = try RuleChecker.check([SecretsFixtures.file(text, source: "t.yml")])
        #expect(
            report.problems.map { $0.formatted(.english) } == [
                "t.yml:5:16: error: secret.test-token: Example 1 does not match: the pattern finds nothing in it."
            ])
    }

    @Test func unconfirmedExampleExplained() throws {
        let text = SecretsFixtures.ruleFile(
            pattern: "tok_[a-z]{16}", fields: ["confirm: 'tok_([0-9]+)'", "secret_group: 1"],
            example: "tok_abcdefghijklmnop")
        let report = try RuleChecker.check([SecretsFixtures.file(text, source: "t.yml")])
        #expect(
            report.problems.map { $0.formatted(.spanish) } == [
                "t.yml:7:16: error: secret.test-token: El ejemplo 1 no coincide: el patrón lo encuentra, pero el patrón "
                    + "de confirmación no coincide en los 256 bytes anteriores al acierto o captura un secreto vacío. "
                    + "Revise confirm, secret_group y max_width."
            ])
    }

    @Test func clashWithBuiltInRuleReported() throws {
        let custom = SecretsFixtures.file(
            SecretsFixtures.ruleFile(id: "secret.jwt", pattern: "tok_[a-z]{16}", example: "tok_abcdefghijklmnop"),
            source: "mine.yml")
        let report = try RuleChecker.check([custom], context: try BuiltInRules.files())
        #expect(report.rules.isEmpty)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.source == "mine.yml")
        #expect(
            report.problems.first?.message.english.hasPrefix("The rule id secret.jwt is already defined at core.yml:")
                == true)
    }

    @Test func configuredAllowlistPatternsChecked() throws {
        let configuration = try SecretsFixtures.configuration(
            """
            secrets:
              allowlist:
                regexes: ['^ok', '(unclosed']
              rule_allowlists:
                secret.jwt:
                  regexes: ['[z-a]']
            """)
        let lines = RuleChecker.allowlistProblems(configuration.secrets).map { $0.formatted(.english) }
        #expect(lines.count == 2)
        #expect(
            lines.first
                == ".vixen-gate.yml:3:22: error: PCRE2 rejects (unclosed: \"missing closing parenthesis (offset 9)\". "
                + "Fix the pattern.")
        #expect(
            lines.last
                == ".vixen-gate.yml:6:17: error: secret.jwt: PCRE2 rejects [z-a]: \"range out of order in character "
                + "class (offset 3)\". Fix the pattern.")
    }
}
